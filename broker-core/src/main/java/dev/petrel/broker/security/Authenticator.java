package dev.petrel.broker.security;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.protocol.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who a new connection is. Without user name and certificate it is anonymous, if the configuration
 * allows that; anything else goes through JAAS on the {@code executor}, off the event loop. A refusal is a
 * {@link BrokerException} with code SECURITY that names the user and the fix but never says which half of
 * the credentials was wrong; the broker's log says more, never the password. Thread-safe.
 */
final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final boolean anonymousAllowed;
    private final JaasLogins logins;
    private final Executor executor;

    Authenticator(SecurityConfig config, Executor executor) {
        this.anonymousAllowed = config.anonymous();
        this.logins = new JaasLogins(config.login());
        this.executor = executor;
    }

    /** Completes with the connection's identity, or fails with a SECURITY {@link BrokerException}. */
    CompletableFuture<SecurityIdentity> authenticate(Credentials credentials) {
        if (credentials.user() == null && credentials.certificates() == null) {
            return anonymousAllowed ? CompletableFuture.completedFuture(SecurityIdentity.ANONYMOUS)
                    : CompletableFuture.failedFuture(refused(credentials, "anonymous connections are not allowed",
                            "this broker does not allow anonymous connections: give a user name and password "
                                    + "(createConnection(user, password), or jms.userName and jms.password in the "
                                    + "connection URI)"));
        }
        return CompletableFuture.supplyAsync(() -> login(credentials), executor);
    }

    private SecurityIdentity login(Credentials credentials) {
        try {
            SecurityIdentity identity = logins.login(credentials);
            LOG.debug("user '{}' from {} logged in with roles {}", identity.user(), credentials.remoteAddress(),
                    identity.roles());
            return identity;
        } catch (LoginException e) {
            if (credentials.user() == null && anonymousAllowed) {
                LOG.info("client certificate from {} maps to no user ({}); the connection is anonymous",
                        credentials.remoteAddress(), e.getMessage());
                return SecurityIdentity.ANONYMOUS;
            }
            throw refused(credentials, e.getMessage(), credentials.user() == null
                    ? "the client certificate is not mapped to a user of this broker; add its subject to the "
                            + "certificate users file or connect with a user name and password"
                    : "user '" + credentials.user() + "' could not be authenticated: wrong user name or password");
        } catch (RuntimeException e) {
            LOG.error("login of {} failed in the login module", credentials, e);
            throw new BrokerException(ErrorCode.INTERNAL, "the broker's login module failed: " + e);
        }
    }

    private static BrokerException refused(Credentials credentials, String reason, String toClient) {
        LOG.warn("connection from {} refused: user {}: {}", credentials.remoteAddress(),
                credentials.user() == null ? "(none)" : "'" + credentials.user() + "'", reason);
        return new BrokerException(ErrorCode.SECURITY, toClient);
    }
}

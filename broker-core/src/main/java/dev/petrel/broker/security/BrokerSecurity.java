package dev.petrel.broker.security;

import dev.petrel.broker.config.SecurityConfig;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's security, as the server sees it: logs connections in (JAAS on the {@code petrel-auth} threads),
 * slows down repeated failures per address and hands each logged-in connection its
 * {@link ConnectionAuthorizer}. Thread-safe; {@link #close()} stops the auth threads.
 */
public final class BrokerSecurity implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSecurity.class);
    private static final int AUTH_THREADS = 2;

    private final SecurityConfig config;
    private final ExecutorService authThreads;
    private final Authenticator authenticator;
    private final Authorizer authorizer;
    private final LoginThrottle throttle;

    /**
     * @throws IllegalStateException when a site's JAAS configuration cannot be read
     */
    public BrokerSecurity(SecurityConfig config, String brokerName) {
        this.config = config;
        this.authThreads = Executors.newFixedThreadPool(AUTH_THREADS, new DefaultThreadFactory("petrel-auth", true));
        this.authenticator = new Authenticator(config, authThreads);
        this.authorizer = new Authorizer(config.authorization());
        this.throttle = new LoginThrottle(config.login().failureDelay(), config.login().maxFailureDelay(),
                System::nanoTime);
        if (config.anonymous()) {
            LOG.warn("broker '{}' lets clients connect without a user name (anonymous access); for production set "
                    + "<security anonymous=\"false\"/> in broker.xml and create users with ./petrel user add",
                    brokerName);
        }
    }

    /** Completes with who the connection is, or fails with a SECURITY {@code BrokerException}. */
    public CompletableFuture<SecurityIdentity> authenticate(Credentials credentials) {
        return authenticator.authenticate(credentials);
    }

    /** Counts a failed login from {@code address} and returns how long to delay its answer, in ms. */
    public long loginFailed(String address) {
        return throttle.failed(address);
    }

    /** What the connection of {@code who} may do. */
    public ConnectionAuthorizer authorizerFor(SecurityIdentity who) {
        return new ConnectionAuthorizer(authorizer, who, config.populateJmsxUserId());
    }

    @Override
    public void close() {
        authThreads.shutdownNow();
    }
}

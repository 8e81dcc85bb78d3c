package dev.petrel.broker.security;

import dev.petrel.broker.config.LoginConfig;
import java.net.URI;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.URIParameter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Runs one JAAS login: the built-in {@link PropertiesLoginModule} over the configured files, or the entry
 * {@code jaasDomain} of the site's own {@code jaasConfiguration} file. The user is the {@link UserPrincipal}
 * a module added (else the name given); the roles are the principals of the configured role principal class.
 * Immutable; {@link #login} blocks (a login module may ask a directory) and runs on the auth threads.
 */
final class JaasLogins {

    private final Configuration configuration;
    private final String domain;
    private final String rolePrincipalClass;

    JaasLogins(LoginConfig config) {
        this.domain = config.jaasDomain();
        this.rolePrincipalClass = config.rolePrincipalClass();
        this.configuration = config.jaasConfiguration() == null ? builtIn(config) : fromFile(config);
    }

    private static Configuration builtIn(LoginConfig config) {
        Map<String, String> options = Map.of(
                PropertiesLoginModule.USERS, config.usersFile().toAbsolutePath().toString(),
                PropertiesLoginModule.ROLES, config.rolesFile().toAbsolutePath().toString(),
                PropertiesLoginModule.CERTIFICATE_USERS, config.certificateUsersFile().toAbsolutePath().toString());
        AppConfigurationEntry[] entries = {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return entries.clone();
            }
        };
    }

    private static Configuration fromFile(LoginConfig config) {
        URI file = config.jaasConfiguration().toAbsolutePath().toUri();
        if (!Files.isRegularFile(config.jaasConfiguration())) {
            throw new IllegalStateException("the JAAS configuration " + file + " (<security jaasConfiguration>) "
                    + "does not exist; fix the path or remove the attribute to use users.properties");
        }
        Configuration loaded;
        try {
            loaded = Configuration.getInstance("JavaLoginConfig", new URIParameter(file));
        } catch (NoSuchAlgorithmException | SecurityException e) {
            throw new IllegalStateException("cannot read the JAAS configuration " + file + ": " + e.getMessage(), e);
        }
        if (loaded.getAppConfigurationEntry(config.jaasDomain()) == null) {
            throw new IllegalStateException("the JAAS configuration " + file + " has no entry '"
                    + config.jaasDomain() + "'; name one of its entries in <security jaasDomain=\"…\">");
        }
        return loaded;
    }

    /**
     * Logs {@code credentials} in.
     *
     * @throws LoginException when a login module refuses them; the message is for the broker's log
     */
    SecurityIdentity login(Credentials credentials) throws LoginException {
        Subject subject = new Subject();
        new LoginContext(domain, subject, callbacks -> answer(callbacks, credentials), configuration).login();
        Set<Principal> principals = subject.getPrincipals();
        String user = principals.stream().filter(UserPrincipal.class::isInstance).map(Principal::getName)
                .findFirst().orElse(credentials.user());
        if (user == null) {
            user = principals.stream().filter(p -> !isRole(p)).map(Principal::getName).findFirst()
                    .orElseThrow(() -> new LoginException("the login module named no user"));
        }
        Set<String> roles = principals.stream().filter(this::isRole).map(Principal::getName)
                .collect(Collectors.toSet());
        return SecurityIdentity.user(user, roles);
    }

    private boolean isRole(Principal principal) {
        return principal.getClass().getName().equals(rolePrincipalClass);
    }

    private static void answer(Callback[] callbacks, Credentials credentials) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(credentials.user());
            } else if (callback instanceof PasswordCallback password) {
                password.setPassword(credentials.password() == null ? null : credentials.password().toCharArray());
            } else if (callback instanceof CertificateCallback certificate) {
                certificate.chain(credentials.certificates());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}

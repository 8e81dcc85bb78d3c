package dev.petrel.broker.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import javax.security.auth.x500.X500Principal;

/**
 * The broker's default JAAS login module. A user name and password are checked against {@code users}
 * ({@code user=PBKDF2:iterations:salt:hash}); without a user name, a TLS client certificate is looked up in
 * {@code certificateUsers} ({@code user=CN=alice,O=Acme}, compared as X.500 names). The user then gets the
 * roles of {@code roles} ({@code role=user1,user2}) as {@link RolePrincipal}s. Options: {@code users},
 * {@code roles}, {@code certificateUsers} (file paths). Used by one login on one thread, as JAAS does.
 */
public final class PropertiesLoginModule implements LoginModule {

    /** The option naming the users file. */
    public static final String USERS = "users";
    /** The option naming the roles file. */
    public static final String ROLES = "roles";
    /** The option naming the certificate-users file. */
    public static final String CERTIFICATE_USERS = "certificateUsers";

    private Subject subject;
    private CallbackHandler handler;
    private Map<String, ?> options;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject newSubject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> moduleOptions) {
        this.subject = newSubject;
        this.handler = callbackHandler;
        this.options = moduleOptions;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        CertificateCallback certificate = new CertificateCallback();
        ask(name, password, certificate);
        try {
            String user = name.getName() != null ? checkPassword(name.getName(), password.getPassword())
                    : certificateUser(certificate.chain());
            principals.add(new UserPrincipal(user));
            roles(user).forEach(role -> principals.add(new RolePrincipal(role)));
            return true;
        } catch (IOException e) {
            throw new LoginException("cannot read " + e.getMessage());
        } finally {
            password.clearPassword();
        }
    }

    private void ask(Callback... callbacks) throws LoginException {
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("the broker could not supply the credentials: " + e);
        }
    }

    private String checkPassword(String user, char[] password) throws IOException, LoginException {
        String stored = PropertiesFiles.read(file(USERS)).getProperty(user);
        if (stored == null) {
            throw new FailedLoginException("no user '" + user + "' in " + file(USERS));
        }
        boolean matches;
        try {
            matches = password != null && VerifiedPasswords.verify(password, stored);
        } catch (IllegalArgumentException e) {
            throw new FailedLoginException("the entry of user '" + user + "' in " + file(USERS) + " is broken: "
                    + e.getMessage());
        }
        if (!matches) {
            throw new FailedLoginException("wrong password for user '" + user + "'");
        }
        return user;
    }

    private String certificateUser(X509Certificate[] chain) throws IOException, LoginException {
        if (chain == null || chain.length == 0) {
            throw new FailedLoginException("no user name and no client certificate");
        }
        X500Principal subjectName = chain[0].getSubjectX500Principal();
        Properties users = PropertiesFiles.read(file(CERTIFICATE_USERS));
        for (String user : users.stringPropertyNames()) {
            if (sameName(users.getProperty(user), subjectName)) {
                return user;
            }
        }
        throw new FailedLoginException("no user for certificate subject '" + subjectName.getName() + "' in "
                + file(CERTIFICATE_USERS));
    }

    private static boolean sameName(String configured, X500Principal actual) {
        try {
            return new X500Principal(configured.strip()).equals(actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<String> roles(String user) throws IOException, LoginException {
        Properties roles = PropertiesFiles.read(file(ROLES));
        List<String> granted = new ArrayList<>();
        for (String role : roles.stringPropertyNames()) {
            for (String member : roles.getProperty(role).split(",")) {
                if (member.strip().equals(user)) {
                    granted.add(role);
                }
            }
        }
        return granted;
    }

    private Path file(String option) throws LoginException {
        Object value = options.get(option);
        if (value == null) {
            throw new LoginException(PropertiesLoginModule.class.getSimpleName() + " needs the option " + option);
        }
        return Path.of(value.toString());
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}

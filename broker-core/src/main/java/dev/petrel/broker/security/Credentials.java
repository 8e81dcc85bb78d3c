package dev.petrel.broker.security;

import java.security.cert.X509Certificate;

/**
 * What a connection offers to log in with. Never logged: {@link #toString()} leaves the password out.
 *
 * @param user          the user name from {@code HELLO}, or null
 * @param password      the password from {@code HELLO}, or null
 * @param certificates  the verified TLS client certificate chain, or null
 * @param remoteAddress where the connection comes from, for logs and the slow-down of failed logins
 */
public record Credentials(String user, String password, X509Certificate[] certificates, String remoteAddress) {

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", certificate=" + (certificates == null ? "none"
                : certificates[0].getSubjectX500Principal().getName()) + ", from " + remoteAddress + "]";
    }
}

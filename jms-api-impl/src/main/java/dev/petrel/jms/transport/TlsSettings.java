package dev.petrel.jms.transport;

/**
 * How an {@code ssl://} connection sets up TLS: whom to trust, the client's own certificate (for brokers that
 * ask for one) and whether the broker's certificate must name the host connected to. Key stores are PKCS#12
 * or JKS files. {@link #toString()} leaves the passwords out.
 *
 * @param trustStore         {@code ssl.trustStore}: the CA certificates to trust, or null for the JDK's default
 *                           trust (the public CAs)
 * @param trustStorePassword {@code ssl.trustStorePassword}, or null
 * @param keyStore           {@code ssl.keyStore}: the client's key and certificate, or null for none
 * @param keyStorePassword   {@code ssl.keyStorePassword}, or null
 * @param verifyHostname     {@code ssl.verifyHostname}: the broker's certificate must name the host in the URI
 *                           (HTTPS endpoint identification); true by default
 */
public record TlsSettings(String trustStore, String trustStorePassword, String keyStore, String keyStorePassword,
        boolean verifyHostname) {

    /** TLS with the JDK's default trust and hostname verification. */
    public static TlsSettings defaults() {
        return new TlsSettings(null, null, null, null, true);
    }

    @Override
    public String toString() {
        return "TlsSettings[trustStore=" + trustStore + ", keyStore=" + keyStore + ", verifyHostname="
                + verifyHostname + "]";
    }
}

package dev.petrel.broker.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code <tls>} of an {@code ssl://} acceptor: the broker's key and certificate, and which client
 * certificates it trusts. Key stores are PKCS#12 (JKS files are read too). Only TLS 1.3 and 1.2 are spoken.
 *
 * @param keyStore           the broker's private key and certificate chain
 * @param keyStorePassword   its password (also the key's)
 * @param trustStore         the certificates of the CAs whose client certificates are accepted, or null for
 *                           the JDK's default trust (only matters when {@code clientAuth} is not NONE)
 * @param trustStorePassword its password, or null
 * @param clientAuth         whether clients must present a certificate
 */
public record TlsConfig(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword,
        ClientAuth clientAuth) {

    /** {@code clientAuth} in broker.xml. */
    public enum ClientAuth {
        /** Clients present no certificate. */
        NONE,
        /** A client may present one; if it does, it must be valid and it may log the client in. */
        WANT,
        /** Every client must present a valid certificate. */
        NEED
    }

    public TlsConfig {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(clientAuth, "clientAuth");
        if (clientAuth != ClientAuth.NONE && trustStore == null) {
            throw new IllegalArgumentException("clientAuth=\"" + clientAuth.name().toLowerCase(java.util.Locale.ROOT)
                    + "\" needs a trustStore holding the CA that signs the client certificates");
        }
    }

    /** Without the passwords. */
    @Override
    public String toString() {
        return "TlsConfig[keyStore=" + keyStore + ", trustStore=" + trustStore + ", clientAuth=" + clientAuth + "]";
    }
}

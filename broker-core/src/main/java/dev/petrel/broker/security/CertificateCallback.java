package dev.petrel.broker.security;

import java.security.cert.X509Certificate;
import javax.security.auth.callback.Callback;

/**
 * Asks the broker for the TLS client certificate chain of the connection being logged in (the client's own
 * certificate first), for login modules that log users in by certificate. Null when the client presented none.
 * Used by one login on one thread.
 */
public final class CertificateCallback implements Callback {

    private X509Certificate[] chain;

    /** The chain, or null when the connection has no verified client certificate. */
    public X509Certificate[] chain() {
        return chain == null ? null : chain.clone();
    }

    void chain(X509Certificate[] certificates) {
        this.chain = certificates == null ? null : certificates.clone();
    }
}

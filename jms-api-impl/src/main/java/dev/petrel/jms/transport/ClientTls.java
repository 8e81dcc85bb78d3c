package dev.petrel.jms.transport;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client's TLS: an {@link SslHandler} for an {@code ssl://} endpoint (the JDK's provider, TLS 1.3 and 1.2
 * only, hostname verification unless switched off), and plain words for why a handshake failed. Stateless.
 */
final class ClientTls {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private ClientTls() {
    }

    /** A handler for one connection to {@code endpoint}, with a context from {@link #context}. */
    static SslHandler handler(SslContext context, Endpoint endpoint, TlsSettings tls, ByteBufAllocator alloc) {
        SslHandler handler = context.newHandler(alloc, endpoint.host(), endpoint.port());
        SSLEngine engine = handler.engine();
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm(tls.verifyHostname() ? "HTTPS" : null);
        engine.setSSLParameters(parameters);
        return handler;
    }

    /**
     * The context for {@code tls}.
     *
     * @throws IllegalStateException naming the store and the option when a key or trust store cannot be read
     */
    static SslContext context(TlsSettings tls) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS).endpointIdentificationAlgorithm(tls.verifyHostname() ? "HTTPS" : null);
            if (tls.trustStore() != null) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(tls.trustStore(), tls.trustStorePassword(), "ssl.trustStore"));
                builder.trustManager(trust);
            }
            if (tls.keyStore() != null) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(tls.keyStore(), tls.keyStorePassword(), "ssl.keyStore"), chars(tls.keyStorePassword()));
                builder.keyManager(keys);
            }
            return builder.build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String file, String password, String option) {
        try {
            return KeyStore.getInstance(new File(file), chars(password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + option + "=" + file + ": " + e.getMessage()
                    + "; check the path and " + option + "Password (PKCS#12 and JKS files are read)", e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    /** Why a TLS handshake with {@code endpoint} failed, and what to check. */
    static String describeFailure(Endpoint endpoint, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof NotSslRecordException) {
                return "the broker at " + endpoint.host() + ":" + endpoint.port() + " does not speak TLS: is it a "
                        + "plain tcp:// port? Connect with tcp://" + endpoint.host() + ":" + endpoint.port()
                        + ", or to the broker's ssl:// acceptor";
            }
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return "the TLS handshake with " + endpoint + " failed: a certificate is expired or not yet valid ("
                        + t.getMessage() + ")";
            }
        }
        return "the TLS handshake with " + endpoint + " failed: " + cause.getMessage() + "; check that "
                + "ssl.trustStore holds the CA of the broker's certificate, that the certificate names the host "
                + "(or set ssl.verifyHostname=false), and, if the broker wants client certificates, ssl.keyStore";
    }
}

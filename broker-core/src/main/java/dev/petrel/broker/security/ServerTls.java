package dev.petrel.broker.security;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.TlsConfig;
import io.netty.channel.Channel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS side of {@code ssl://} acceptors: builds the server's {@link SslContext} (the JDK's provider, TLS 1.3
 * and 1.2 only) from an acceptor's {@code <tls>}, and reads the verified client certificate of a connection.
 * Stateless.
 */
public final class ServerTls {

    /** The protocols spoken; older ones are refused. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private ServerTls() {
    }

    /**
     * The server context of {@code acceptor}, which must have a {@code <tls>}.
     *
     * @throws IllegalStateException naming the acceptor and the store when a store cannot be read
     */
    public static SslContext context(AcceptorConfig acceptor) {
        TlsConfig tls = acceptor.tls();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(acceptor, "keyStore", tls.keyStore(), tls.keyStorePassword()),
                    tls.keyStorePassword().toCharArray());
            SslContextBuilder builder = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS).clientAuth(clientAuth(tls.clientAuth()));
            if (tls.trustStore() != null) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(
                        TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(acceptor, "trustStore", tls.trustStore(), tls.trustStorePassword()));
                builder.trustManager(trust);
            }
            return builder.build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS for acceptor '" + acceptor.name() + "': "
                    + e.getMessage() + "; check the keyStore and its keyStorePassword in broker.xml", e);
        }
    }

    private static ClientAuth clientAuth(TlsConfig.ClientAuth configured) {
        return switch (configured) {
            case NONE -> ClientAuth.NONE;
            case WANT -> ClientAuth.OPTIONAL;
            case NEED -> ClientAuth.REQUIRE;
        };
    }

    private static KeyStore load(AcceptorConfig acceptor, String what, Path file, String password) {
        try {
            return KeyStore.getInstance(file.toFile(), password == null ? null : password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the " + what + " " + file.toAbsolutePath()
                    + " of acceptor '" + acceptor.name() + "': " + e.getMessage() + "; check the path and the "
                    + what + "Password in broker.xml (PKCS#12 and JKS files are read)", e);
        }
    }

    /** The verified client certificate chain of {@code channel}, or null (no TLS, or no certificate). */
    public static X509Certificate[] peerCertificates(Channel channel) {
        SslHandler ssl = channel.pipeline().get(SslHandler.class);
        if (ssl == null) {
            return null;
        }
        try {
            Certificate[] chain = ssl.engine().getSession().getPeerCertificates();
            return Arrays.stream(chain).filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }
}

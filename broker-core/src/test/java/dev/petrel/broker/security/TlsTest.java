package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.broker.config.TlsConfig;
import dev.petrel.broker.config.TlsConfig.ClientAuth;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ssl:// end to end with certificates keytool made: server authentication, mutual authentication with the
 * client certificate mapped to a user, and the refusals (wrong CA, expired certificate, no client certificate
 * where one is needed, plain TCP on the TLS port and TLS on the plain port).
 */
@Timeout(120)
class TlsTest {

    private static final TestCertificates PKI = TestCertificates.get();
    private static final String PW = TestCertificates.PASSWORD;
    private static final UsersFixture USERS = new UsersFixture().certificateUser("alice",
            TestCertificates.CLIENT_SUBJECT);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withAcceptors(List.of(
            new AcceptorConfig("tcp", "127.0.0.1", 0),
            new AcceptorConfig("ssl", "127.0.0.1", 0, tls("server.p12", ClientAuth.WANT)),
            new AcceptorConfig("mtls", "127.0.0.1", 0, tls("server.p12", ClientAuth.NEED)),
            new AcceptorConfig("expired", "127.0.0.1", 0, tls("expired.p12", ClientAuth.NONE))))
            .withSecurity(SecurityConfig.defaults().withLogin(USERS.login()).withPopulateJmsxUserId(true)));

    private static TlsConfig tls(String keyStore, ClientAuth clientAuth) {
        return new TlsConfig(PKI.file(keyStore), PW, PKI.file("ca-trust.p12"), PW, clientAuth);
    }

    private static int port(int acceptor) {
        return BROKER.broker().addresses().get(acceptor).getPort();
    }

    private static String ssl(String host, int acceptor, String trust, String... more) {
        return "ssl://" + host + ":" + port(acceptor) + "?ssl.trustStore=" + PKI.file(trust) + "&ssl.trustStorePassword="
                + PW + (more.length == 0 ? "" : "&" + String.join("&", more));
    }

    private static String clientKey() {
        return "ssl.keyStore=" + PKI.file("client.p12") + "&ssl.keyStorePassword=" + PW;
    }

    /** Sends a message to itself and returns it as received. */
    private static Message roundTrip(String uri) throws JMSException {
        try (Connection connection = new PetrelConnectionFactory(uri).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var queue = session.createQueue("tls.roundtrip." + System.nanoTime());
            MessageConsumer receiver = session.createConsumer(queue);
            session.createProducer(queue).send(session.createTextMessage("over TLS"));
            Message received = receiver.receive(5000);
            assertThat(received).isNotNull();
            return received;
        }
    }

    @Test
    void serverAuthenticationWithHostnameVerification() throws JMSException {
        assertThat(roundTrip(ssl("localhost", 1, "ca-trust.p12")).getStringProperty("JMSXUserID")).isNull();
        roundTrip(ssl("127.0.0.1", 1, "ca-trust.p12"));
    }

    @Test
    void mutualAuthenticationLogsTheCertificatesUserIn() throws JMSException {
        assertThat(roundTrip(ssl("localhost", 2, "ca-trust.p12", clientKey())).getStringProperty("JMSXUserID"))
                .isEqualTo("alice");
    }

    @Test
    void aClientWithoutCertificateIsRefusedWhereOneIsNeeded() {
        assertThatThrownBy(() -> roundTrip(ssl("localhost", 2, "ca-trust.p12"))).isInstanceOf(JMSException.class);
    }

    @Test
    void aServerCertificateOfAnotherCaIsRefused() {
        assertThatThrownBy(() -> roundTrip(ssl("localhost", 1, "other-ca-trust.p12")))
                .isInstanceOf(JMSException.class).hasMessageContaining("TLS handshake")
                .hasMessageContaining("ssl.trustStore");
    }

    @Test
    void anExpiredServerCertificateIsRefused() {
        assertThatThrownBy(() -> roundTrip(ssl("localhost", 3, "ca-trust.p12")))
                .isInstanceOf(JMSException.class).hasMessageContaining("expired");
    }

    @Test
    void aPlainClientOnTheTlsPortFailsFastAndTheBrokerSaysWhy() {
        try (LogCapture log = new LogCapture()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> roundTrip("tcp://127.0.0.1:" + port(1))).isInstanceOf(JMSException.class)
                    .hasMessageContaining("ssl://127.0.0.1:" + port(1));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            // the broker logs before it closes, and the client fails only once it closed
            assertThat(log.lines()).anyMatch(l -> l.contains("to TLS acceptor 'ssl'")
                    && l.contains("does not speak TLS"));
        }
    }

    @Test
    void aTlsClientOnThePlainPortFailsFastSuggestingTcp() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> roundTrip(ssl("localhost", 0, "ca-trust.p12"))).isInstanceOf(JMSException.class)
                .hasMessageContaining("does not speak TLS").hasMessageContaining("tcp://localhost:" + port(0));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}

package dev.petrel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.transport.Endpoint;
import org.junit.jupiter.api.Test;

// Connection URIs: DESIGN.md "Configuration" — typed options, unknown keys rejected, clear messages.
class ConnectionOptionsTest {

    @Test
    void tcpUriWithoutOptionsGetsEveryDefault() {
        ConnectionOptions o = ConnectionOptions.parse("tcp://broker.example:61617");
        assertThat(o.endpoint()).isEqualTo(Endpoint.tcp("broker.example", 61617));
        assertThat(o.prefetch()).isEqualTo(1000);
        assertThat(o.connectTimeoutMs()).isEqualTo(10_000);
        assertThat(o.heartbeatTimeoutMs()).isEqualTo(30_000);
        assertThat(o.maxFrameSize()).isEqualTo(100 * 1024 * 1024 + 64 * 1024);
        assertThat(o.clientId()).isNull();
    }

    @Test
    void tcpUriWithoutPortUsesTheDefaultPort() {
        assertThat(ConnectionOptions.parse("tcp://localhost").endpoint()).isEqualTo(Endpoint.tcp("localhost", 61616));
    }

    @Test
    void ipv6HostInBrackets() {
        assertThat(ConnectionOptions.parse("tcp://[::1]:5000").endpoint()).isEqualTo(Endpoint.tcp("::1", 5000));
    }

    @Test
    void everyKnownOptionIsParsedAndTyped() {
        ConnectionOptions o = ConnectionOptions.parse("vm://embedded?jms.clientID=app-1&jms.userName=bob"
                + "&jms.password=p%26w&jms.prefetch=0&connectTimeout=500&heartbeatTimeout=0&maxFrameSize=4096");
        assertThat(o.endpoint()).isEqualTo(Endpoint.vm("embedded"));
        assertThat(o.clientId()).isEqualTo("app-1");
        assertThat(o.userName()).isEqualTo("bob");
        assertThat(o.password()).isEqualTo("p&w");
        assertThat(o.prefetch()).isZero();
        assertThat(o.connectTimeoutMs()).isEqualTo(500);
        assertThat(o.heartbeatTimeoutMs()).isZero();
        assertThat(o.maxFrameSize()).isEqualTo(4096);
    }

    @Test
    void unknownOptionIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://h:1?jms.prefech=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option 'jms.prefech'").hasMessageContaining("tcp://h:1")
                .hasMessageContaining("jms.prefetch, connectTimeout");
    }

    @Test
    void badNumberNamesTheOptionAndTheExpectedForm() {
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://h:1?jms.prefetch=-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jms.prefetch=-1").hasMessageContaining("0 or more");
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://h:1?connectTimeout=soon"))
                .hasMessageContaining("connectTimeout=soon");
    }

    @Test
    void unsupportedSchemeSaysWhichSchemesWork() {
        assertThatThrownBy(() -> ConnectionOptions.parse("http://localhost:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'http'").hasMessageContaining("tcp://host:port");
    }

    @Test
    void badPortAndMissingHostAreReportedWithTheFix() {
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://localhost:"))
                .hasMessageContaining("port ''");
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://localhost:99999"))
                .hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://:61616")).hasMessageContaining("no host");
        assertThatThrownBy(() -> ConnectionOptions.parse("localhost:61616")).hasMessageContaining("no scheme");
    }

    @Test
    void passwordNeverAppearsInMessagesOrToString() {
        assertThatThrownBy(() -> ConnectionOptions.parse("tcp://h:1?jms.password=hunter2&bogus=1"))
                .message().doesNotContain("hunter2").contains("jms.password=***");
        assertThat(ConnectionOptions.parse("tcp://h:1?jms.password=hunter2").toString()).doesNotContain("hunter2");
    }

    @Test
    void explicitCredentialsReplaceThoseOfTheUri() {
        ConnectionOptions o = ConnectionOptions.parse("tcp://h:1?jms.userName=a&jms.password=b")
                .withCredentials("c", "d");
        assertThat(o.clientSettings().userName()).isEqualTo("c");
        assertThat(o.clientSettings().password()).isEqualTo("d");
    }
}

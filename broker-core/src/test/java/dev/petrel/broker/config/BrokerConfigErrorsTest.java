package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in broker.xml names the file, line, column, the element and what was expected. */
class BrokerConfigErrorsTest {

    @TempDir
    Path dir;

    @Test
    void unknownElementNamesItAndTheAllowedOnes() throws IOException {
        assertLoadFails("""
                <broker>
                  <acceptors/>
                  <queues/>
                </broker>
                """)
                .hasMessageStartingWith(file() + ":3:")
                .hasMessageContaining("'queues'")
                .hasMessageContaining("dataDirectory").hasMessageContaining("protocol")
                .hasMessageNotContaining("cvc-");
    }

    @Test
    void unknownAttributeIsNamed() throws IOException {
        assertLoadFails("<broker>\n<protocol maxFrameSiz=\"1MiB\"/>\n</broker>")
                .hasMessageStartingWith(file() + ":2:")
                .hasMessageContaining("maxFrameSiz").hasMessageContaining("protocol");
    }

    @Test
    void missingRequiredAttributeIsNamed() throws IOException {
        assertLoadFails("<broker><acceptors><acceptor name=\"tcp\"/></acceptors></broker>")
                .hasMessageStartingWith(file() + ":1:")
                .hasMessageContaining("uri").hasMessageContaining("acceptor");
    }

    @Test
    void badSize() throws IOException {
        assertLoadFails("<broker>\n  <protocol maxFrameSize=\"lots\"/>\n</broker>")
                .hasMessageStartingWith(file() + ":2:34: <protocol maxFrameSize=\"lots\">: "
                        + "expected a size such as 1048576, 64KiB or 100MiB");
    }

    @Test
    void sizeTooLargeForAFrame() throws IOException {
        assertLoadFails("<broker><protocol maxFrameSize=\"2GiB\"/></broker>")
                .hasMessageContaining("<protocol maxFrameSize=\"2GiB\">: expected a size").hasMessageContaining("2GiB");
    }

    @Test
    void sizeTooSmallForAHandshake() throws IOException {
        assertLoadFails("<broker><protocol maxFrameSize=\"100\"/></broker>")
                .hasMessageStartingWith(file() + ":1:")
                .hasMessageContaining("<protocol maxFrameSize=\"100\">: maxFrameSize must be at least 1KiB");
    }

    @Test
    void badDuration() throws IOException {
        assertLoadFails("<broker>\n\n  <protocol heartbeatTimeout=\"30\"/>\n</broker>")
                .hasMessageStartingWith(file() + ":3:36: <protocol heartbeatTimeout=\"30\">: "
                        + "expected a duration such as 500ms, 30s or 5m");
    }

    @Test
    void zeroHandshakeTimeoutIsRefused() throws IOException {
        assertLoadFails("<broker><protocol handshakeTimeout=\"0\"/></broker>")
                .hasMessageContaining("<protocol handshakeTimeout=\"0\">: handshakeTimeout must be positive");
    }

    @Test
    void badFlag() throws IOException {
        assertLoadFails("<broker><destinations autoCreateQueues=\"yes\"/></broker>")
                .hasMessageContaining("<destinations autoCreateQueues=\"yes\">: expected true or false");
    }

    @Test
    void portOutOfRange() throws IOException {
        assertLoadFails("""
                <broker>
                  <acceptors>
                    <acceptor name="tcp" uri="tcp://0.0.0.0:70000"/>
                  </acceptors>
                </broker>
                """)
                .hasMessageStartingWith(file() + ":3:53: <acceptor name=\"tcp\" uri=\"tcp://0.0.0.0:70000\">: "
                        + "port must be between 0 and 65535, got 70000");
    }

    @Test
    void missingPort() throws IOException {
        assertLoadFails("<broker><acceptors><acceptor name=\"a\" uri=\"tcp://localhost\"/></acceptors></broker>")
                .hasMessageContaining("<acceptor name=\"a\" uri=\"tcp://localhost\">: expected tcp://HOST:PORT");
    }

    @Test
    void unsupportedUriScheme() throws IOException {
        assertLoadFails("<broker>\n<acceptors>\n<acceptor name=\"a\" uri=\"udp://0.0.0.0:61617\"/>\n</acceptors>"
                + "</broker>")
                .hasMessageStartingWith(file() + ":3:")
                .hasMessageContaining("<acceptor name=\"a\" uri=\"udp://0.0.0.0:61617\">: unsupported scheme \"udp\": "
                        + "expected tcp://HOST:PORT");
    }

    @Test
    void emptyAcceptorName() throws IOException {
        assertLoadFails("<broker><acceptors><acceptor name=\" \" uri=\"tcp://h:1\"/></acceptors></broker>")
                .hasMessageContaining("<acceptor name=\" \" uri=\"tcp://h:1\">: name must not be empty");
    }

    @Test
    void duplicateAcceptorNames() throws IOException {
        assertLoadFails("""
                <broker>
                  <acceptors>
                    <acceptor name="tcp" uri="tcp://0.0.0.0:61616"/>
                    <acceptor name="tcp" uri="tcp://0.0.0.0:61617"/>
                  </acceptors>
                </broker>
                """)
                .hasMessageStartingWith(file() + ":2:")
                .hasMessageContaining("<acceptors>: two acceptors are named \"tcp\"");
    }

    @Test
    void badBrokerName() throws IOException {
        assertLoadFails("<broker name=\"my broker\"/>")
                .hasMessageStartingWith(file() + ":1:")
                .hasMessageContaining("<broker name=\"my broker\">: name must be letters, digits");
    }

    @Test
    void emptyDataDirectory() throws IOException {
        assertLoadFails("<broker>\n<dataDirectory> </dataDirectory>\n</broker>")
                .hasMessageStartingWith(file() + ":2:")
                .hasMessageContaining("<dataDirectory></dataDirectory>: expected a directory path");
    }

    @Test
    void malformedXmlGivesThePositionAndTheParsersReason() throws IOException {
        assertLoadFails("<broker>\n  <protocol maxFrameSize=\"1MiB\">\n</broker>")
                .hasMessageStartingWith(file() + ":3:")
                .hasMessageContaining("protocol");
    }

    @Test
    void wrongRootElement() throws IOException {
        assertLoadFails("<beans/>")
                .hasMessage(file() + ":1:9: expected the root element <broker> with no xmlns namespace, found <beans>");
    }

    @Test
    void namespacedRootElement() throws IOException {
        assertLoadFails("<broker xmlns=\"urn:activemq\"/>")
                .hasMessageStartingWith(file() + ":1:")
                .hasMessageContaining("with no xmlns namespace, found <broker> in namespace urn:activemq");
    }

    @Test
    void duplicateElement() throws IOException {
        assertLoadFails("<broker>\n<protocol/>\n<protocol/>\n</broker>")
                .hasMessageStartingWith(file() + ":3:").hasMessageContaining("'protocol'");
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
        assertLoadFails("""
                <?xml version="1.0"?>
                <!DOCTYPE broker [ <!ENTITY xxe SYSTEM "%s"> ]>
                <broker name="&xxe;"/>
                """.formatted(secret.toUri()))
                .hasMessageStartingWith(file() + ":2:")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        assertLoadFails("""
                <!DOCTYPE broker [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                <broker name="&b;"/>
                """)
                .hasMessageContaining("DOCTYPE");
    }

    private Path file() {
        return dir.resolve("broker.xml");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(String xml) throws IOException {
        Files.writeString(file(), xml);
        return assertThatThrownBy(() -> BrokerConfigLoader.load(file())).isInstanceOf(ConfigException.class);
    }
}

package dev.petrel.broker.config;

import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Document;

/**
 * Turns a validated, position-annotated configuration document into a {@link BrokerConfig}: one method
 * per element, each taking what is absent from the records' {@code defaults()} so that defaults live only
 * there. The schema has already vouched for the structure; this checks values. Stateless.
 */
final class BrokerConfigBinder {

    private BrokerConfigBinder() {
    }

    /** Binds the document read from {@code file} (named in error messages). */
    static BrokerConfig bind(Path file, Document document) {
        return broker(new ElementReader(file, document.getDocumentElement()));
    }

    private static BrokerConfig broker(ElementReader e) {
        BrokerConfig d = BrokerConfig.defaults();
        String name = e.attribute("name", String::strip, d.name());
        Path dataDirectory = e.child("dataDirectory").map(BrokerConfigBinder::dataDirectory)
                .orElse(d.dataDirectory());
        List<AcceptorConfig> acceptors = e.child("acceptors").map(BrokerConfigBinder::acceptors)
                .orElse(d.acceptors());
        ProtocolConfig protocol = e.child("protocol").map(BrokerConfigBinder::protocol).orElse(d.protocol());
        DestinationPolicy destinations = e.child("destinations").map(BrokerConfigBinder::destinations)
                .orElse(d.destinations());
        SecurityConfig security = e.child("security").map(SecurityConfigBinder::security).orElse(d.security());
        LimitsConfig limits = e.child("limits").map(SecurityConfigBinder::limits).orElse(d.limits());
        PersistenceConfig persistence = e.child("persistence").map(BrokerConfigBinder::persistence)
                .orElse(d.persistence());
        ManagementConfig management = e.child("management").map(BrokerConfigBinder::management)
                .orElse(d.management());
        return e.build(() -> new BrokerConfig(name, dataDirectory, acceptors, protocol, destinations, security,
                limits, persistence, management));
    }

    private static ManagementConfig management(ElementReader e) {
        ManagementConfig d = ManagementConfig.defaults();
        boolean remote = e.attribute("remote", ConfigValues::parseBoolean, d.remote());
        String host = e.attribute("host", String::strip, d.host());
        int port = e.attribute("port", Integer::parseInt, d.port());
        return e.build(() -> new ManagementConfig(remote, host, port));
    }

    private static Path dataDirectory(ElementReader e) {
        return e.text(text -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("expected a directory path such as data or /var/lib/petrel");
            }
            return Path.of(text);
        });
    }

    private static List<AcceptorConfig> acceptors(ElementReader e) {
        List<AcceptorConfig> acceptors = e.children("acceptor").stream().map(BrokerConfigBinder::acceptor).toList();
        return e.build(() -> AcceptorConfig.requireUniqueNames(acceptors));
    }

    private static AcceptorConfig acceptor(ElementReader e) {
        // Both attributes are required by the schema, so the absent values are never used.
        String name = e.attribute("name", String::strip, null);
        String uri = e.attribute("uri", String::strip, null);
        TlsConfig tls = SecurityConfigBinder.tlsOf(e);
        return e.build(() -> AcceptorConfig.fromUri(name, uri, tls));
    }

    private static PersistenceConfig persistence(ElementReader e) {
        return new PersistenceConfig(e.attribute("enabled", ConfigValues::parseBoolean,
                PersistenceConfig.defaults().enabled()));
    }

    private static ProtocolConfig protocol(ElementReader e) {
        ProtocolConfig d = ProtocolConfig.defaults();
        int maxFrameSize = e.attribute("maxFrameSize", ConfigValues::parseIntSize, d.maxFrameSize());
        var heartbeatTimeout = e.attribute("heartbeatTimeout", ConfigValues::parseDuration, d.heartbeatTimeout());
        var handshakeTimeout = e.attribute("handshakeTimeout", ConfigValues::parseDuration, d.handshakeTimeout());
        return e.build(() -> new ProtocolConfig(maxFrameSize, heartbeatTimeout, handshakeTimeout));
    }

    private static DestinationPolicy destinations(ElementReader e) {
        return DeliveryPolicyBinder.destinations(e);
    }
}

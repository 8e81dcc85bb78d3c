package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.ConnectionOptions;
import dev.petrel.jms.PetrelObjectMessage;
import dev.petrel.jms.Received;
import dev.petrel.jms.TrustedPackages;
import jakarta.jms.MessageFormatException;
import jakarta.jms.ObjectMessage;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Chapter 3.11 ObjectMessage: Petrel's class-loading policy for bodies it deserializes.
class ObjectMessageTrustConformanceTest {

    /** An application class outside the JDK. */
    record Order(String id) implements Serializable {
    }

    private static ObjectMessage received(Serializable body, TrustedPackages trusted) throws Exception {
        ObjectMessage m = new PetrelObjectMessage();
        m.setObject(body);
        return (ObjectMessage) Received.copyOf(m, 1, trusted);
    }

    @Test
    void jdkValueTypesAreTrustedByDefault() throws Exception {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body; JDK value types need no configuration
        Map<String, Object> map = new HashMap<>(Map.of("d", LocalDate.of(2024, 1, 2), "l", List.of(1L)));
        assertThat(received((Serializable) map, TrustedPackages.JDK_ONLY).getObject()).isEqualTo(map);
        assertThat(received(new int[] {1, 2}, TrustedPackages.JDK_ONLY).getObject()).isEqualTo(new int[] {1, 2});
    }

    @Test
    void applicationClassIsRefusedNamingTheClassAndTheOption() throws Exception {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body.getObject: MessageFormatException when deserialization fails
        ObjectMessage back = received(new Order("o-1"), TrustedPackages.JDK_ONLY);
        assertThatThrownBy(back::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(Order.class.getName())
                .hasMessageContaining("jms.trustedPackages=dev.petrel.jms.conformance");
    }

    @Test
    void refusedBodyIsNotAssignable() throws Exception {
        // Message.isBodyAssignableTo javadoc: false when object deserialization fails
        ObjectMessage back = received(new Order("o-1"), TrustedPackages.JDK_ONLY);
        assertThat(back.isBodyAssignableTo(Serializable.class)).isFalse();
        assertThatThrownBy(() -> back.getBody(Serializable.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void trustedPackageAllowsItsClassesAndSubpackages() throws Exception {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body with jms.trustedPackages
        TrustedPackages trusted = TrustedPackages.parse("com.acme, dev.petrel");
        assertThat(received(new Order("o-2"), trusted).getObject()).isEqualTo(new Order("o-2"));
        assertThat(trusted.trusts("com.acme.billing.Invoice")).isTrue();
        assertThat(trusted.trusts("com.acmex.Invoice")).isFalse();
    }

    @Test
    void starTrustsEveryClass() {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body: '*' opts out of the policy
        assertThat(TrustedPackages.parse("*").trusts("org.evil.Gadget")).isTrue();
    }

    @Test
    void javaLangSubpackagesAreNotTrustedByDefault() {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body: only value types, not java.lang.invoke or reflection
        assertThat(TrustedPackages.JDK_ONLY.trusts("java.lang.invoke.SerializedLambda")).isFalse();
        assertThat(TrustedPackages.JDK_ONLY.trusts("java.lang.Integer")).isTrue();
        assertThat(TrustedPackages.JDK_ONLY.trusts("[Ljava.time.Instant;")).isTrue();
    }

    @Test
    void uriOptionSetsTheTrustedPackages() {
        // Jakarta Messaging 3.1 §3.11 ObjectMessage body: the connection URI carries the policy
        ConnectionOptions options = ConnectionOptions.parse("tcp://h:1?jms.trustedPackages=com.acme,org.example");
        assertThat(options.trustedPackages().packages()).containsExactly("com.acme", "org.example");
        assertThat(ConnectionOptions.parse("tcp://h:1").trustedPackages()).isEqualTo(TrustedPackages.JDK_ONLY);
    }

    @Test
    void nullObjectTravelsAsNoBody() throws Exception {
        // ObjectMessage.getObject javadoc: null when no object was set
        assertThat(received(null, TrustedPackages.JDK_ONLY).getObject()).isNull();
    }
}

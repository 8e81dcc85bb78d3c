package dev.petrel.broker.management;

import dev.petrel.protocol.DestinationRef;
import java.util.regex.Pattern;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The ObjectNames of Petrel's MBeans, all in the domain {@code dev.petrel} under the broker's
 * {@code type=Broker,name=<broker>}. A value that ObjectName syntax does not allow as is gets quoted
 * ({@link ObjectName#quote}); {@link #value} reads either form back. Stateless.
 */
public final class ObjectNames {

    public static final String DOMAIN = "dev.petrel";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@#/+\\-]+");

    private ObjectNames() {
    }

    /** {@code dev.petrel:type=Broker,name=<broker>}. */
    public static ObjectName broker(String broker) {
        return name(prefix(broker));
    }

    /** Every broker of the JVM: {@code dev.petrel:type=Broker,name=*}. */
    public static ObjectName brokers() {
        return name(DOMAIN + ":type=Broker,name=*");
    }

    /** {@code …,destinationType=Queue|Topic|TemporaryQueue|TemporaryTopic,destination=<name>}. */
    public static ObjectName destination(String broker, DestinationRef ref) {
        return name(destinationPrefix(broker, ref));
    }

    /** Every destination of one kind: {@code …,destinationType=Queue,destination=*}. */
    public static ObjectName destinations(String broker, DestinationRef.Kind kind) {
        return name(prefix(broker) + ",destinationType=" + typeOf(kind) + ",destination=*");
    }

    /** {@code …,destinationType=Topic,destination=<topic>,subscription=<clientId:name>}. */
    public static ObjectName subscription(String broker, String topic, String key) {
        return name(destinationPrefix(broker, DestinationRef.topic(topic)) + ",subscription=" + quoted(key));
    }

    /** Every durable subscription: {@code …,destinationType=Topic,destination=*,subscription=*}. */
    public static ObjectName subscriptions(String broker) {
        return name(prefix(broker) + ",destinationType=Topic,destination=*,subscription=*");
    }

    /** {@code …,connection=<id>}. */
    public static ObjectName connection(String broker, String connectionId) {
        return name(prefix(broker) + ",connection=" + quoted(connectionId));
    }

    /** Every connection: {@code …,connection=*}. */
    public static ObjectName connections(String broker) {
        return name(prefix(broker) + ",connection=*");
    }

    /** The value of {@code key} in {@code name}, unquoted; null when absent. */
    public static String value(ObjectName name, String key) {
        String v = name.getKeyProperty(key);
        return v != null && v.startsWith("\"") ? ObjectName.unquote(v) : v;
    }

    static String quoted(String value) {
        return PLAIN.matcher(value).matches() ? value : ObjectName.quote(value);
    }

    private static String prefix(String broker) {
        return DOMAIN + ":type=Broker,name=" + quoted(broker);
    }

    private static String destinationPrefix(String broker, DestinationRef ref) {
        return prefix(broker) + ",destinationType=" + typeOf(ref.kind()) + ",destination=" + quoted(ref.name());
    }

    private static String typeOf(DestinationRef.Kind kind) {
        return switch (kind) {
            case QUEUE -> "Queue";
            case TOPIC -> "Topic";
            case TEMPORARY_QUEUE -> "TemporaryQueue";
            case TEMPORARY_TOPIC -> "TemporaryTopic";
        };
    }

    private static ObjectName name(String text) {
        try {
            return new ObjectName(text);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("not a valid ObjectName: " + text, e);
        }
    }
}

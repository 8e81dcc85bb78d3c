package dev.petrel.broker.cli;

import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code produce}, {@code consume} and {@code perf} share: which broker ({@code --url}) and which
 * destination ({@code --queue NAME} or {@code --topic NAME}, queue {@value #DEFAULT_QUEUE} when neither is given,
 * {@value #PERF_QUEUE} for {@code perf}), and how
 * to reach them through the standard JMS API. A picocli mixin; its fields are set once, by picocli.
 */
final class ClientOptions {

    /** The queue used when neither {@code --queue} nor {@code --topic} is given (but see {@link #PERF_QUEUE}). */
    static final String DEFAULT_QUEUE = "orders";
    /**
     * The queue {@code perf} uses when neither is given: a load test consumes what it finds, so it must not
     * default to a queue that may hold real messages.
     */
    static final String PERF_QUEUE = "perf";

    private final String defaultQueue;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--url", paramLabel = "URI", defaultValue = "tcp://localhost:61616",
            description = "The broker to connect to (default: ${DEFAULT-VALUE}).")
    String url;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    /** {@code --queue} or {@code --topic}, at most one of them. */
    static final class Target {
        @Option(names = "--queue", paramLabel = "NAME", required = true,
                description = "The queue (default: " + DEFAULT_QUEUE + ", for perf: " + PERF_QUEUE + ").")
        String queue;

        @Option(names = "--topic", paramLabel = "NAME", required = true, description = "The topic.")
        String topic;
    }

    /** Options whose queue defaults to {@value #DEFAULT_QUEUE}; picocli creates mixins through this. */
    ClientOptions() {
        this(DEFAULT_QUEUE);
    }

    /** Options whose queue defaults to {@code defaultQueue}, for a command that sets its mixin itself. */
    ClientOptions(String defaultQueue) {
        this.defaultQueue = defaultQueue;
    }

    /** Opens a connection to {@code --url}; a URI the client cannot parse is a usage error. */
    Connection connect() throws JMSException {
        ConnectionFactory factory;
        try {
            factory = new PetrelConnectionFactory(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(),
                    "Invalid value for option '--url': " + ErrorReport.describe(e), e, null, url);
        }
        return factory.createConnection();
    }

    /** The chosen queue or topic. */
    Destination destination(Session session) throws JMSException {
        return isTopic() ? session.createTopic(target.topic) : session.createQueue(queueName());
    }

    /** {@code queue 'orders' at tcp://localhost:61616}, for messages to the operator. */
    String describe() {
        return (isTopic() ? "topic '" + target.topic : "queue '" + queueName()) + "' at " + url;
    }

    /** Whether {@code --topic} was given. */
    boolean isTopic() {
        return target != null && target.topic != null;
    }

    private String queueName() {
        return target == null || target.queue == null ? defaultQueue : target.queue;
    }
}

package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ProducerInfo;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The send path of one producer: checks the arguments, stamps the headers the provider owns (Jakarta
 * Messaging 3.1 §3.4), snapshots the message into its wire form and hands it to the client. A persistent
 * message waits for the broker's receipt (the message is durable when send returns); a non-persistent one
 * does not, nor does any send of a transacted session: its commit is what must be durable, and the broker fails
 * the commit if one of its sends was refused (a round trip per send would cap a transaction at the round-trip
 * rate). Stateless apart from its collaborators, so any thread may call it.
 */
final class MessageSender {

    private final BrokerClient client;
    private final ProducerInfo producer;
    private final boolean transacted;
    private final CompletionCallbacks callbacks;
    private final Supplier<String> messageIds;
    private final Clock clock;

    MessageSender(BrokerClient client, ProducerInfo producer, boolean transacted, CompletionCallbacks callbacks,
            Supplier<String> messageIds, Clock clock) {
        this.client = client;
        this.producer = producer;
        this.transacted = transacted;
        this.callbacks = callbacks;
        this.messageIds = messageIds;
        this.clock = clock;
    }

    /**
     * Sends {@code message}; with a {@code completion} listener returns at once and reports the outcome on the
     * session's delivery thread, in order (§7.3 asynchronous send), else returns when the send is done.
     */
    void send(Destination destination, Message message, SendOptions options, CompletionListener completion)
            throws JMSException {
        if (message == null) {
            throw new MessageFormatException("cannot send a null message");
        }
        check(options);
        DestinationRef ref = Destinations.toRef(destination);
        stamp(destination, message, options);
        PetrelMessage petrel = message instanceof PetrelMessage p ? p : ForeignMessages.copy(message);
        WireMessage wire = WireMessages.toWire(petrel, ref);
        // An asynchronous send always asks for the receipt: its callback says the broker has the message (§7.3).
        boolean receipt = completion != null || (options.deliveryMode() == DeliveryMode.PERSISTENT && !transacted);
        CompletableFuture<Void> sent = client.send(producer, wire, receipt);
        if (completion == null) {
            JmsExceptions.await(sent, 0, "the broker's receipt for message " + wire.messageId());
        } else {
            callbacks.track(sent, message, completion, "sending " + wire.messageId());
        }
    }

    private void stamp(Destination destination, Message message, SendOptions options) throws JMSException {
        long now = clock.millis();
        message.setJMSDestination(destination);
        message.setJMSDeliveryMode(options.deliveryMode());
        message.setJMSPriority(options.priority());
        message.setJMSTimestamp(options.disableTimestamp() ? 0 : now);
        message.setJMSExpiration(options.timeToLive() > 0 ? now + options.timeToLive() : 0);
        message.setJMSDeliveryTime(now + options.deliveryDelay());
        message.setJMSMessageID(options.disableMessageId() ? null : messageIds.get());
    }

    static void check(SendOptions options) throws JMSException {
        checkDeliveryMode(options.deliveryMode());
        checkPriority(options.priority());
    }

    static void checkDeliveryMode(int mode) throws JMSException {
        if (mode != DeliveryMode.PERSISTENT && mode != DeliveryMode.NON_PERSISTENT) {
            throw new JMSException("delivery mode " + mode + " is neither DeliveryMode.PERSISTENT ("
                    + DeliveryMode.PERSISTENT + ") nor DeliveryMode.NON_PERSISTENT (" + DeliveryMode.NON_PERSISTENT + ")");
        }
    }

    static void checkPriority(int priority) throws JMSException {
        if (priority < 0 || priority > 9) {
            throw new JMSException("priority " + priority + " is outside 0 to 9 (Jakarta Messaging 3.1 §3.4.10)");
        }
    }
}

package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §10 (exceptions): the "must be" cases, raised by a real broker and client. */
@Timeout(30)
class ExceptionsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    @Test
    void brokerRefusalsCarryAnErrorCodeAndAMessage() throws Exception {
        // Jakarta Messaging 3.1 §10.2: exceptions carry a provider message and a provider error code
        Session session = BROKER.connection().createSession();
        JMSException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> session.createConsumer(session.createQueue(BROKER.name()), "a ="), InvalidSelectorException.class);
        assertThat(e.getMessage()).contains("a =");
        assertThat(e.getErrorCode()).isEqualTo("INVALID_SELECTOR");
    }

    @Test
    void aRejectedClientIdIsInvalidClientIdInBothApis() throws Exception {
        // Jakarta Messaging 3.1 §10.3: InvalidClientIDException must be thrown for a rejected client id
        String id = BROKER.name("cid");
        BROKER.connection().setClientID(id);
        Connection other = BROKER.connection();
        assertThatThrownBy(() -> other.setClientID(id)).isInstanceOf(InvalidClientIDException.class);
        JMSContext context = BROKER.context();
        assertThatThrownBy(() -> context.setClientID(id)).isInstanceOf(InvalidClientIDRuntimeException.class);
    }

    @Test
    void anInvalidDestinationIsInvalidDestinationException() throws Exception {
        // Jakarta Messaging 3.1 §10.3: InvalidDestinationException must be thrown for a destination no longer valid
        Session session = BROKER.connection().createSession();
        var temp = session.createTemporaryTopic();
        temp.delete();
        assertThatThrownBy(() -> session.createConsumer(temp)).isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createBrowser(null)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void readingPastTheEndIsMessageEof() throws Exception {
        // Jakarta Messaging 3.1 §10.3: MessageEOFException must be thrown at an unexpected end of a stream or bytes body
        Session session = BROKER.started().createSession();
        var queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createStreamMessage());
        var stream = (jakarta.jms.StreamMessage) session.createConsumer(queue).receive(5000);
        assertThatThrownBy(stream::readInt).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void readingAWriteOnlyBodyIsMessageNotReadable() throws Exception {
        // Jakarta Messaging 3.1 §10.3: MessageNotReadableException must be thrown when reading a write-only message
        Session session = BROKER.connection().createSession();
        assertThatThrownBy(() -> session.createBytesMessage().readByte()).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(() -> session.createStreamMessage().readInt()).isInstanceOf(MessageNotReadableException.class);
    }

    @Test
    void writingAReceivedBodyIsMessageNotWriteable() throws Exception {
        // Jakarta Messaging 3.1 §10.3: MessageNotWriteableException must be thrown when writing a read-only message
        Session session = BROKER.started().createSession();
        var queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createTextMessage("x"));
        TextMessage got = (TextMessage) session.createConsumer(queue).receive(5000);
        assertThatThrownBy(() -> got.setText("y")).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> got.setIntProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void wrongTypesAreMessageFormatExceptions() throws Exception {
        // Jakarta Messaging 3.1 §10.3: MessageFormatException must be thrown for unsupported types or wrong-type reads
        Session session = BROKER.connection().createSession();
        var stream = session.createStreamMessage();
        assertThatThrownBy(() -> stream.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        stream.writeBoolean(true);
        stream.reset();
        assertThatThrownBy(stream::readShort).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void domainInappropriateAndClosedObjectCallsAreIllegalState() throws Exception {
        // Jakarta Messaging 3.1 §10.3: IllegalStateException must be thrown for commit outside a transaction
        Session session = BROKER.connection().createSession();
        assertThatThrownBy(session::commit).isInstanceOf(IllegalStateException.class);
        session.close();
        assertThatThrownBy(session::createMessage).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void connectionConsumersAreTheOptionalApplicationServerApi() throws Exception {
        // Jakarta Messaging 3.1 §11.2.4: ConnectionConsumer is an optional application-server facility
        Connection connection = BROKER.connection();
        var topic = connection.createSession().createTopic(BROKER.name());
        assertThatThrownBy(() -> connection.createConnectionConsumer(topic, null, null, 1))
                .isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> connection.createSharedConnectionConsumer(topic, "s", null, null, 1))
                .isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> connection.createDurableConnectionConsumer(topic, "s", null, null, 1))
                .isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> connection.createSharedDurableConnectionConsumer(topic, "s", null, null, 1))
                .isInstanceOf(JMSException.class);
    }
}

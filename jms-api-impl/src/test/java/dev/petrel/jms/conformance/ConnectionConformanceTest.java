package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelConnection;
import dev.petrel.jms.PetrelQueue;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.Collections;
import org.junit.jupiter.api.Test;

// Chapter 6.1 connections: client ID, metadata, start/stop, close, against a fake broker client.
class ConnectionConformanceTest {

    private final FakeBroker broker = new FakeBroker();

    @Test
    void clientIdSetRightAfterCreationGoesToTheBroker() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2 the client sets its ID immediately after creating the connection
        PetrelConnection c = broker.connect("");
        c.setClientID("app-1");
        assertThat(c.getClientID()).isEqualTo("app-1");
        assertThat(broker.calls("setClientId")).containsExactly("setClientId app-1");
    }

    @Test
    void clientIdCannotBeSetTwice() throws Exception {
        // Connection.setClientID javadoc: IllegalStateException at the wrong time
        PetrelConnection c = broker.connect("");
        c.setClientID("a");
        assertThatThrownBy(() -> c.setClientID("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdCannotBeSetAfterTheConnectionWasUsed() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2 setting the client ID after other actions is IllegalStateException
        PetrelConnection c = broker.connect("");
        c.createSession();
        assertThatThrownBy(() -> c.setClientID("late")).isInstanceOf(IllegalStateException.class);
        PetrelConnection started = broker.connect("");
        started.start();
        assertThatThrownBy(() -> started.setClientID("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void administrativeClientIdCannotBeChanged() throws Exception {
        // Connection.setClientID javadoc: IllegalStateException when it was administratively configured
        PetrelConnection c = broker.connect("?jms.clientID=admin");
        assertThat(c.getClientID()).isEqualTo("admin");
        assertThatThrownBy(() -> c.setClientID("mine")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdInUseIsInvalid() throws Exception {
        // Connection.setClientID javadoc: InvalidClientIDException for a duplicate client ID
        PetrelConnection c = broker.connect("");
        broker.failNext("setClientId", new InvalidClientIDException("in use", "INVALID_CLIENT_ID"));
        assertThatThrownBy(() -> c.setClientID("dup")).isInstanceOf(InvalidClientIDException.class);
    }

    @Test
    void blankClientIdIsInvalid() throws Exception {
        // Connection.setClientID javadoc: InvalidClientIDException for an invalid client ID
        PetrelConnection c = broker.connect("");
        assertThatThrownBy(() -> c.setClientID(" ")).isInstanceOf(InvalidClientIDException.class);
        assertThatThrownBy(() -> c.setClientID(null)).isInstanceOf(InvalidClientIDException.class);
    }

    @Test
    void metaDataNamesTheApiAndTheSupportedJmsxProperties() throws Exception {
        // Jakarta Messaging 3.1 §6.1.4 ConnectionMetaData; §3.5.9 supported JMSX properties
        ConnectionMetaData meta = broker.connect("").getMetaData();
        assertThat(meta.getJMSMajorVersion()).isEqualTo(3);
        assertThat(meta.getJMSMinorVersion()).isEqualTo(1);
        assertThat(meta.getJMSVersion()).isEqualTo("3.1");
        assertThat(meta.getJMSProviderName()).isEqualTo("Petrel");
        assertThat(Collections.list(meta.getJMSXPropertyNames()))
                .containsExactlyInAnyOrder("JMSXDeliveryCount", "JMSXGroupID", "JMSXGroupSeq");
    }

    @Test
    void closeIsIdempotentAndClosesTheSessions() throws Exception {
        // Connection.close javadoc: closing a closed connection must not throw; sessions are closed with it
        PetrelConnection c = broker.connect("");
        Session s = c.createSession();
        c.close();
        assertThatCode(c::close).doesNotThrowAnyException();
        assertThatThrownBy(s::createMessage).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedConnectionRefusesOtherCalls() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8 a closed connection's methods throw IllegalStateException
        PetrelConnection c = broker.connect("");
        c.close();
        assertThatThrownBy(c::createSession).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::stop).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::getClientID).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::getMetaData).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.setExceptionListener(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stoppedConnectionDeliversNothingUntilStarted() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5 a stopped connection delivers no messages
        PetrelConnection c = broker.connect("");
        var consumer = c.createSession().createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1,
                dev.petrel.jms.Received.wire(new dev.petrel.jms.PetrelTextMessage("x")));
        assertThat(consumer.receive(50)).isNull();
        c.start();
        assertThat(consumer.receive(1000)).isNotNull();
    }

    @Test
    void messageListenerMustNotStopItsOwnConnection() throws Exception {
        // Connection.stop javadoc: IllegalStateException when called by a MessageListener on its own connection
        PetrelConnection c = broker.connect("");
        var consumer = c.createSession().createConsumer(new PetrelQueue("q"));
        java.util.concurrent.CompletableFuture<Throwable> seen = new java.util.concurrent.CompletableFuture<>();
        consumer.setMessageListener(m -> {
            try {
                c.stop();
                seen.complete(null);
            } catch (JMSException e) {
                seen.complete(e);
            }
        });
        c.start();
        broker.deliver(broker.lastConsumerId(), 1, 1,
                dev.petrel.jms.Received.wire(new dev.petrel.jms.PetrelTextMessage("x")));
        assertThat(seen.get(5, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exceptionListenerIsKept() throws Exception {
        // Connection.setExceptionListener javadoc
        PetrelConnection c = broker.connect("");
        jakarta.jms.ExceptionListener listener = e -> { };
        c.setExceptionListener(listener);
        assertThat(c.getExceptionListener()).isSameAs(listener);
    }

    @Test
    void closingTheConnectionForgetsItsTemporaryDestinations() throws Exception {
        // Connection.close javadoc: closing a connection deletes its temporary destinations
        PetrelConnection c = broker.connect("");
        var q = c.createSession().createTemporaryQueue();
        c.close();
        assertThatThrownBy(q::delete).isInstanceOf(IllegalStateException.class);
    }
}

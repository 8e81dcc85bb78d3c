package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelJMSContext;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTextMessage;
import dev.petrel.jms.Received;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.TextMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Chapter 2.8 and 7 simplified API object rules: JMSContext, JMSProducer, JMSConsumer, against a fake broker.
class SimplifiedApiConformanceTest {

    private final FakeBroker broker = new FakeBroker();

    @Test
    void contextReportsItsSessionMode() throws Exception {
        // JMSContext.getSessionMode javadoc
        JMSContext c = broker.context(JMSContext.CLIENT_ACKNOWLEDGE);
        assertThat(c.getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
        assertThat(c.getTransacted()).isFalse();
        assertThat(broker.context(JMSContext.SESSION_TRANSACTED).getTransacted()).isTrue();
    }

    @Test
    void clientIdCanBeSetRightAfterTheContextIsMade() throws Exception {
        // JMSContext.setClientID javadoc: allowed immediately after creating the context
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        c.setClientID("ctx");
        assertThat(c.getClientID()).isEqualTo("ctx");
    }

    @Test
    void clientIdCannotBeSetOnceTheConnectionIsShared() throws Exception {
        // JMSContext.setClientID javadoc: IllegalStateRuntimeException once another context shares the connection
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        c.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> c.setClientID("x")).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void clientIdInUseIsInvalidClientIdRuntimeException() throws Exception {
        // Jakarta Messaging 3.1 §7.3 each checked exception maps to its runtime twin
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        broker.failNext("setClientId", new jakarta.jms.InvalidClientIDException("in use"));
        assertThatThrownBy(() -> c.setClientID("dup")).isInstanceOf(InvalidClientIDRuntimeException.class);
    }

    @Test
    void createContextSharesTheConnectionWithItsOwnSession() throws Exception {
        // JMSContext.createContext javadoc: same connection, new session
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSContext other = c.createContext(JMSContext.SESSION_TRANSACTED);
        c.createProducer();
        other.createProducer();
        assertThat(broker.calls("createSession")).containsExactly("createSession 1 mode 1", "createSession 3 mode 0");
        c.close();
        assertThat(broker.calls).doesNotContain("close");
        other.close();
        assertThat(broker.calls).containsOnlyOnce("close");
    }

    @Test
    void invalidSessionModeIsRefused() throws Exception {
        // JMSContext.createContext javadoc: JMSRuntimeException for an invalid session mode
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> c.createContext(17)).isInstanceOf(JMSRuntimeException.class);
    }

    @Test
    void closedContextRefusesCallsAndClosesQuietlyAgain() throws Exception {
        // JMSContext.close javadoc: closing twice does not throw; other methods throw IllegalStateRuntimeException
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        c.close();
        assertThatCode(c::close).doesNotThrowAnyException();
        assertThatThrownBy(c::createProducer).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(c::createTextMessage).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(c::getSessionMode).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(c::start).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(c::acknowledge).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void commitOutsideATransactionIsIllegalStateRuntime() throws Exception {
        // JMSContext.commit javadoc: IllegalStateRuntimeException if the session is not transacted
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(c::commit).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(c::rollback).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void recoverInATransactionIsIllegalStateRuntime() throws Exception {
        // JMSContext.recover javadoc: IllegalStateRuntimeException in a transacted session
        JMSContext c = broker.context(JMSContext.SESSION_TRANSACTED);
        assertThatThrownBy(c::recover).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void autoStartStartsTheConnectionWithTheFirstConsumer() throws Exception {
        // JMSContext.createConsumer javadoc: the connection starts automatically unless autoStart is false
        PetrelJMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(c.getAutoStart()).isTrue();
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("x")));
        assertThat(consumer.receive(1000)).isNotNull();
    }

    @Test
    void autoStartFalseLeavesTheConnectionStopped() throws Exception {
        // JMSContext.setAutoStart javadoc
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        c.setAutoStart(false);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("x")));
        assertThat(consumer.receive(50)).isNull();
        c.start();
        assertThat(consumer.receive(1000)).isNotNull();
    }

    @Test
    void producerSettersAreFluentAndReadBack() throws Exception {
        // JMSProducer javadoc: every setter returns the producer
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        JMSProducer same = p.setDeliveryMode(DeliveryMode.NON_PERSISTENT).setPriority(2).setTimeToLive(5)
                .setDeliveryDelay(6).setDisableMessageID(true).setDisableMessageTimestamp(true)
                .setJMSType("t").setJMSCorrelationID("c").setJMSReplyTo(new PetrelQueue("r")).setProperty("a", 1);
        assertThat(same).isSameAs(p);
        assertThat(p.getDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(p.getPriority()).isEqualTo(2);
        assertThat(p.getTimeToLive()).isEqualTo(5);
        assertThat(p.getDeliveryDelay()).isEqualTo(6);
        assertThat(p.getDisableMessageID()).isTrue();
        assertThat(p.getDisableMessageTimestamp()).isTrue();
        assertThat(p.getJMSType()).isEqualTo("t");
        assertThat(p.getJMSCorrelationID()).isEqualTo("c");
        assertThat(p.getJMSReplyTo()).isEqualTo(new PetrelQueue("r"));
        assertThat(p.getIntProperty("a")).isEqualTo(1);
    }

    @Test
    void producerPropertiesConvertLikeMessageProperties() throws Exception {
        // JMSProducer.getLongProperty javadoc: the conversion table of §3.5.4
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        p.setProperty("i", 7).setProperty("s", "8").setProperty("b", true);
        assertThat(p.getLongProperty("i")).isEqualTo(7L);
        assertThat(p.getStringProperty("i")).isEqualTo("7");
        assertThat(p.getIntProperty("s")).isEqualTo(8);
        assertThat(p.propertyExists("b")).isTrue();
        assertThatThrownBy(() -> p.getIntProperty("b")).isInstanceOf(MessageFormatRuntimeException.class);
    }

    @Test
    void producerPropertyNamesAreAnUnmodifiableView() throws Exception {
        // JMSProducer.getPropertyNames javadoc: unmodifiable, backed by the producer
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        var names = p.getPropertyNames();
        p.setProperty("x", 1);
        assertThat(names).containsExactly("x");
        assertThatThrownBy(() -> names.add("y")).isInstanceOf(UnsupportedOperationException.class);
        p.clearProperties();
        assertThat(p.getPropertyNames()).isEmpty();
    }

    @Test
    void producerRefusesBadPropertyNamesAndValues() throws Exception {
        // JMSProducer.setProperty javadoc: IllegalArgumentException for a bad name, MessageFormatRuntimeException for a bad value
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        assertThatThrownBy(() -> p.setProperty("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setProperty("o", new Object())).isInstanceOf(MessageFormatRuntimeException.class);
    }

    @Test
    void producerAppliesItsPropertiesAndHeadersToTheMessage() throws Exception {
        // JMSProducer javadoc: properties and headers set on the producer are set on each message sent
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        Message m = c.createMessage();
        c.createProducer().setProperty("k", "v").setJMSType("typ").setJMSCorrelationIDAsBytes(new byte[] {1})
                .send(new PetrelQueue("q"), m);
        assertThat(m.getStringProperty("k")).isEqualTo("v");
        assertThat(m.getJMSType()).isEqualTo("typ");
        assertThat(m.getJMSCorrelationIDAsBytes()).containsExactly(1);
    }

    @Test
    void producerSendsEveryBodyType() throws Exception {
        // JMSProducer.send javadoc: String, Map, byte[] and Serializable bodies
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSProducer p = c.createProducer();
        PetrelQueue q = new PetrelQueue("q");
        p.send(q, "text").send(q, Map.of("k", (Object) 1)).send(q, new byte[] {3}).send(q, 4L);
        assertThat(broker.sent).extracting(w -> w.bodyKind().name())
                .containsExactly("TEXT", "MAP", "BYTES", "OBJECT");
    }

    @Test
    void producerRefusesNullDestinationAndNullMessage() throws Exception {
        // JMSProducer.send javadoc: InvalidDestinationRuntimeException, MessageFormatRuntimeException
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        assertThatThrownBy(() -> p.send(null, "x")).isInstanceOf(InvalidDestinationRuntimeException.class);
        assertThatThrownBy(() -> p.send(new PetrelQueue("q"), (Message) null))
                .isInstanceOf(MessageFormatRuntimeException.class);
    }

    @Test
    void producerAsyncSendCallsBack() throws Exception {
        // JMSProducer.setAsync javadoc: sends become asynchronous with the CompletionListener
        JMSProducer p = broker.context(JMSContext.AUTO_ACKNOWLEDGE).createProducer();
        java.util.concurrent.CompletableFuture<Message> done = new java.util.concurrent.CompletableFuture<>();
        jakarta.jms.CompletionListener listener = new jakarta.jms.CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                done.complete(message);
            }

            @Override
            public void onException(Message message, Exception exception) {
                done.completeExceptionally(exception);
            }
        };
        assertThat(p.setAsync(listener).getAsync()).isSameAs(listener);
        p.send(new PetrelQueue("q"), "x");
        assertThat(done.get(5, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(TextMessage.class);
    }

    @Test
    void receiveBodyReturnsTheBodyOfTheRightType() throws Exception {
        // JMSConsumer.receiveBody javadoc
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("body")));
        assertThat(consumer.receiveBody(String.class, 1000)).isEqualTo("body");
        assertThat(consumer.receiveBodyNoWait(String.class)).isNull();
    }

    @Test
    void receiveBodyOfTheWrongTypeInAutoModeLeavesTheMessageForTheNextReceive() throws Exception {
        // JMSConsumer.receiveBody javadoc: AUTO_ACKNOWLEDGE behaves as if the failed call had not happened
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("body")));
        assertThatThrownBy(() -> consumer.receiveBody(Integer.class, 1000))
                .isInstanceOf(MessageFormatRuntimeException.class);
        Message again = consumer.receive(1000);
        assertThat(((TextMessage) again).getText()).isEqualTo("body");
        assertThat(again.getJMSRedelivered()).isFalse();
    }

    @Test
    void receiveBodyOfTheWrongTypeInClientModeConsumesTheMessage() throws Exception {
        // JMSConsumer.receiveBody javadoc: CLIENT_ACKNOWLEDGE behaves as if the call had succeeded
        JMSContext c = broker.context(JMSContext.CLIENT_ACKNOWLEDGE);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("body")));
        assertThatThrownBy(() -> consumer.receiveBody(Integer.class, 1000))
                .isInstanceOf(MessageFormatRuntimeException.class);
        assertThat(consumer.receiveNoWait()).isNull();
        c.acknowledge();
        assertThat(broker.calls("ackConfirmed")).hasSize(1);
    }

    @Test
    void receiveBodyRefusesAMessageWithoutBody() throws Exception {
        // JMSConsumer.receiveBody javadoc: a message without body is MessageFormatRuntimeException
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"));
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new dev.petrel.jms.PetrelMessage()));
        assertThatThrownBy(() -> consumer.receiveBody(Object.class, 1000))
                .isInstanceOf(MessageFormatRuntimeException.class);
    }

    @Test
    void contextMakesEveryMessageType() throws Exception {
        // JMSContext javadoc: the message factory methods
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(c.createTextMessage("t").getText()).isEqualTo("t");
        assertThat(c.createBytesMessage()).isInstanceOf(BytesMessage.class);
        assertThat(c.createMapMessage()).isInstanceOf(MapMessage.class);
        assertThat(c.createStreamMessage()).isNotNull();
        assertThat(c.createObjectMessage("s").getObject()).isEqualTo("s");
        assertThat(c.createObjectMessage()).isInstanceOf(ObjectMessage.class);
        assertThat(c.createMessage()).isNotNull();
    }

    @Test
    void contextMakesDestinationsAndBrowsers() throws Exception {
        // JMSContext javadoc: createQueue, createTopic, temporary destinations, browsers
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(c.createQueue("q").getQueueName()).isEqualTo("q");
        assertThat(c.createTopic("t").getTopicName()).isEqualTo("t");
        assertThat(c.createTemporaryQueue().getQueueName()).startsWith("conn-1.tmp-");
        assertThat(c.createTemporaryTopic().getTopicName()).startsWith("conn-1.tmp-");
        assertThat(c.createBrowser(c.createQueue("q"), "a=1").getMessageSelector()).isEqualTo("a=1");
    }

    @Test
    void contextDurableConsumerNeedsAClientId() throws Exception {
        // JMSContext.createDurableConsumer javadoc: IllegalStateRuntimeException without client ID
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> c.createDurableConsumer(c.createTopic("t"), "d"))
                .isInstanceOf(IllegalStateRuntimeException.class);
        c.createSharedDurableConsumer(c.createTopic("t"), "d");
        c.createSharedConsumer(c.createTopic("t"), "s", "x = 1");
        assertThat(broker.calls("createConsumer")).hasSize(2);
    }

    @Test
    void contextUnsubscribeReachesTheBroker() throws Exception {
        // JMSContext.unsubscribe javadoc
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        c.unsubscribe("d");
        assertThat(broker.calls("unsubscribe")).containsExactly("unsubscribe d");
    }

    @Test
    void contextMetaDataAndExceptionListener() throws Exception {
        // JMSContext.getMetaData and setExceptionListener javadoc
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(c.getMetaData().getJMSProviderName()).isEqualTo("Petrel");
        jakarta.jms.ExceptionListener listener = e -> { };
        c.setExceptionListener(listener);
        assertThat(c.getExceptionListener()).isSameAs(listener);
    }

    @Test
    void consumerGettersAndCloseOfTheSimplifiedApi() throws Exception {
        // JMSConsumer javadoc: getMessageSelector, listener, close
        JMSContext c = broker.context(JMSContext.AUTO_ACKNOWLEDGE);
        JMSConsumer consumer = c.createConsumer(new PetrelQueue("q"), "a = 1");
        assertThat(consumer.getMessageSelector()).isEqualTo("a = 1");
        assertThat(consumer.getMessageListener()).isNull();
        consumer.close();
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateRuntimeException.class);
    }
}

package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.protocol.DestinationRef;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Duplicate detection over the wire: a message sent again with the same JMSMessageID (what the failover client
 * does with unconfirmed sends) is answered OK but delivered once. Raw frames, as the JMS client never reuses ids.
 */
@Timeout(30)
class DuplicateSendFrameTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Test
    void aResentMessageIdIsAnsweredOkButDeliveredOnce() throws IOException {
        DestinationRef queue = DestinationRef.queue("dup.orders");
        try (RawConnection c = RawConnection.open(BROKER.port(), null)) {
            c.session(1, 1);
            c.producer(1, 2);
            c.send(2, queue, "once");
            c.send(2, queue, "once");
            c.send(2, queue, "other");
            c.consumer(1, 3, queue, 10);

            assertThat(c.bodies(2)).containsExactly("once", "other");
            assertThat(c.drain(3)).as("nothing more").isEmpty();
        }
    }

    @Test
    void aResentMessageIdIsDroppedOnATopicToo() throws IOException {
        DestinationRef topic = DestinationRef.topic("dup.prices");
        try (RawConnection c = RawConnection.open(BROKER.port(), null)) {
            c.session(1, 1);
            c.producer(1, 2);
            c.consumer(1, 3, topic, 10);
            c.send(2, topic, "tick");
            c.send(2, topic, "tick");
            c.send(2, topic, "tock");

            assertThat(c.bodies(2)).containsExactly("tick", "tock");
            assertThat(c.drain(3)).as("nothing more").isEmpty();
        }
    }
}

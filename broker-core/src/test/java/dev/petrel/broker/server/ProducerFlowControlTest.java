package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.destination.ManualTime;
import dev.petrel.broker.destination.MemoryAccount;
import dev.petrel.broker.destination.MemoryLimits;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Heartbeat;
import dev.petrel.protocol.Send;
import dev.petrel.protocol.WireMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producer flow control on the test thread: the manual clock is the event loop and its timer. */
class ProducerFlowControlTest {

    private final ManualTime loop = new ManualTime();
    private final List<Boolean> autoRead = new ArrayList<>();
    private final List<Frame> handled = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final MemoryLimits broker = new MemoryLimits(1_000_000);
    private final MemoryAccount queue = broker.account("queue://orders", 1000);
    private final ProducerFlowControl flow = new ProducerFlowControl(autoRead::add, loop, Duration.ofSeconds(30),
            this::handle, (send, why) -> refused.add(send.requestId() + ": " + why));

    private static Send send(int requestId) {
        return new Send(requestId, 1, true, new WireMessage("ID:" + requestId, DestinationRef.queue("orders"), false,
                4, 0, 0, 0, null, null, null, null, new byte[0], WireMessage.BodyKind.NONE, null));
    }

    /** What the connection does with a frame: a send is admitted first. */
    private void handle(Frame frame) {
        if (!(frame instanceof Send s) || flow.admit(s, queue)) {
            handled.add(frame);
        }
    }

    /** What the connection does with each frame it reads. */
    private void read(Frame frame) {
        if (!flow.park(frame)) {
            handle(frame);
        }
    }

    @Test
    void sendsGoOnWhileTheDestinationHasRoom() {
        queue.add(999);
        assertThat(flow.admit(send(1), queue)).isTrue();
        assertThat(autoRead).isEmpty();
    }

    @Test
    void nonPersistentProducerIsSlowedUntilConsumersMakeRoom() {
        queue.add(1000);
        assertThat(flow.admit(send(1), queue)).isFalse();
        read(new Heartbeat());
        assertThat(autoRead).containsExactly(false);
        assertThat(handled).isEmpty();

        queue.release(100);
        assertThat(flow.blocked()).as("still above the low-water mark").isTrue();
        queue.release(200);

        assertThat(autoRead).containsExactly(false, true);
        assertThat(handled).extracting(Frame::type).containsExactly(send(1).type(), new Heartbeat().type());
        assertThat(refused).isEmpty();
        loop.advance(Duration.ofMinutes(1));
        assertThat(refused).as("the timer was cancelled").isEmpty();
    }

    @Test
    void blockedProducerGetsResourceAllocationNamingTheDestinationAndLimitAfterTheTimeout() {
        queue.add(1000);
        flow.admit(send(1), queue);
        read(send(2));
        loop.advance(Duration.ofSeconds(29));
        assertThat(refused).isEmpty();

        loop.advance(Duration.ofSeconds(1));

        assertThat(refused).hasSize(2);
        assertThat(refused.get(0)).startsWith("1: non-persistent send refused after waiting 30000 ms")
                .contains("queue://orders").contains("memoryLimit of 1000 bytes");
        assertThat(refused.get(1)).as("the next one fails at once while still full")
                .startsWith("2: non-persistent send refused for memory");
        assertThat(autoRead).containsExactly(false, true);

        queue.release(500);
        assertThat(flow.admit(send(3), queue)).isTrue();
    }

    @Test
    void theBrokerWideLimitHoldsProducersBackToo() {
        MemoryLimits small = new MemoryLimits(2000);
        MemoryAccount a = small.account("queue://a", 10_000);
        MemoryAccount b = small.account("queue://b", 10_000);
        a.add(2000);
        assertThat(flow.admit(send(1), b)).isFalse();
        assertThat(small.waiting()).isEqualTo(1);
        loop.advance(Duration.ofSeconds(30));
        assertThat(refused.get(0)).contains("the broker holds 2000 bytes").contains("<memory limit>")
                .contains("queue://b");
    }
}

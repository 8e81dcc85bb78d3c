package dev.petrel.broker.destination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The deliveries a consumer holds: the same answers as an ordered map from delivery id, through gaps and growth. */
class InFlightTest {

    private static final DestinationRef QUEUE = DestinationRef.queue("q");

    private static QueuedMessage message(long id) {
        return new QueuedMessage(TestMessages.text(QUEUE, "m" + id), TestMessages.from("c"));
    }

    @Test
    void removesRangesInDeliveryOrderAndSkipsWhatIsGone() {
        InFlight inFlight = new InFlight();
        List<QueuedMessage> added = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            added.add(message(id));
            inFlight.add(id, added.get(added.size() - 1));
        }

        assertThat(inFlight.remove(2, 3)).containsExactly(added.get(1), added.get(2));
        assertThat(inFlight.remove(1, 4)).containsExactly(added.get(0), added.get(3));
        assertThat(inFlight.remove(1, 4)).isEmpty();
        assertThat(inFlight.find(0, 100)).containsExactly(added.get(4));
        assertThat(inFlight.size()).isEqualTo(1);
    }

    @Test
    void agreesWithAnOrderedMapUnderRandomWork() {
        Random random = new Random(42);
        InFlight inFlight = new InFlight();
        TreeMap<Long, QueuedMessage> expected = new TreeMap<>();
        long next = 1;
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            if (op < 6) {
                QueuedMessage m = message(next);
                inFlight.add(next, m);
                expected.put(next, m);
                next++;
            } else if (op < 9) {
                long first = Math.max(1, next - 1 - random.nextInt(40));
                long last = first + random.nextInt(10);
                List<QueuedMessage> want = new ArrayList<>(expected.subMap(first, true, last, true).values());
                if (op == 8) {
                    assertThat(inFlight.find(first, last)).containsExactlyElementsOf(want);
                } else {
                    expected.subMap(first, true, last, true).clear();
                    assertThat(inFlight.remove(first, last)).containsExactlyElementsOf(want);
                }
            } else {
                long keepBelow = next - random.nextInt(100);
                List<QueuedMessage> want = new ArrayList<>(expected.tailMap(keepBelow, true).values());
                List<QueuedMessage> taken = new ArrayList<>();
                inFlight.removeIf((id, m) -> id >= keepBelow && taken.add(m));
                expected.tailMap(keepBelow, true).clear();
                assertThat(taken).containsExactlyElementsOf(want);
            }
            assertThat(inFlight.size()).isEqualTo(expected.size());
        }
        List<QueuedMessage> rest = new ArrayList<>();
        for (Map.Entry<Long, QueuedMessage> e : expected.entrySet()) {
            rest.add(e.getValue());
        }
        assertThat(inFlight.find(0, Long.MAX_VALUE)).containsExactlyElementsOf(rest);
    }
}

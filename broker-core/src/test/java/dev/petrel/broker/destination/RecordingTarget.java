package dev.petrel.broker.destination;

import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.Frame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A delivery target that keeps what was written, for driving destinations on the test thread. */
final class RecordingTarget implements DeliveryTarget {

    private final String connectionId;
    final List<Deliver> delivered = new ArrayList<>();
    final List<Frame> frames = new ArrayList<>();
    int flushes;

    RecordingTarget(String connectionId) {
        this.connectionId = connectionId;
    }

    @Override
    public String connectionId() {
        return connectionId;
    }

    @Override
    public void write(Frame frame) {
        frames.add(frame);
        if (frame instanceof Deliver d) {
            delivered.add(d);
        }
    }

    @Override
    public void flush() {
        flushes++;
    }

    List<String> bodies() {
        return delivered.stream().map(d -> new String(d.message().body(), StandardCharsets.UTF_8)).toList();
    }

    ConsumerSpec spec(long consumerId, int prefetch) {
        return ConsumerSpec.of(consumerId, this, prefetch);
    }
}

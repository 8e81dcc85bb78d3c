package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.Drain;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.ProtocolVersion;
import dev.petrel.protocol.Send;
import dev.petrel.protocol.WireMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.IntFunction;

/**
 * A handshaken raw-frame connection with request/answer helpers, for broker tests of frames the JMS client does
 * not drive yet. Frames the broker sends unasked (deliveries, browse ends) are kept until asked for; every
 * wait is bounded.
 */
final class RawConnection implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    private final RawFrameClient client;
    private final Queue<Frame> unasked = new ArrayDeque<>();
    private int nextRequestId = 1;

    private RawConnection(RawFrameClient client) {
        this.client = client;
    }

    /** Connects and says HELLO with the client ID (null for none). */
    static RawConnection open(int port, String clientId) throws IOException {
        RawConnection c = new RawConnection(new RawFrameClient(port));
        try {
            Frame answer = c.request(id -> new Hello(id, ProtocolVersion.CURRENT, clientId, null, null, 0));
            assertThat(answer).isInstanceOf(HelloOk.class);
            return c;
        } catch (AssertionError | IOException e) {
            c.close();
            throw e;
        }
    }

    /** Sends the frame built with a fresh request id and returns the answer to it. */
    Frame request(IntFunction<Frame> frame) throws IOException {
        int requestId = nextRequestId++;
        client.send(frame.apply(requestId));
        while (true) {
            Object next = client.next(WAIT);
            assertThat(next).as("answer to request %d", requestId).isNotNull();
            Frame f = (Frame) next;
            if ((f instanceof Ok || f instanceof ErrorFrame || f instanceof HelloOk) && f.requestId() == requestId) {
                return f;
            }
            unasked.add(f);
        }
    }

    void ok(IntFunction<Frame> frame) throws IOException {
        assertThat(request(frame)).isInstanceOf(Ok.class);
    }

    ErrorFrame error(IntFunction<Frame> frame, ErrorCode code) throws IOException {
        Frame answer = request(frame);
        assertThat(answer).isInstanceOf(ErrorFrame.class);
        assertThat(((ErrorFrame) answer).code()).isEqualTo(code);
        return (ErrorFrame) answer;
    }

    /** Sends a frame that gets no answer. */
    void tell(Frame frame) throws IOException {
        client.send(frame);
    }

    void session(long sessionId, int ackMode) throws IOException {
        ok(id -> new CreateSession(id, sessionId, ackMode));
    }

    void producer(long sessionId, long producerId) throws IOException {
        ok(id -> new CreateProducer(id, sessionId, producerId, null));
    }

    void consumer(long sessionId, long consumerId, DestinationRef destination, int prefetch) throws IOException {
        ok(consume(sessionId, consumerId, destination, prefetch, ConsumerKind.PLAIN, null, null));
    }

    static IntFunction<Frame> consume(long sessionId, long consumerId, DestinationRef destination, int prefetch,
            ConsumerKind kind, String subscription, String selector) {
        return id -> new CreateConsumer(id, sessionId, consumerId, destination, selector, false, prefetch, kind,
                subscription);
    }

    /** Sends a text message with a receipt and waits for it. */
    void send(long producerId, DestinationRef to, String body) throws IOException {
        ok(id -> new Send(id, producerId, true, text(to, body)));
    }

    static WireMessage text(DestinationRef to, String body) {
        return new WireMessage("ID:" + body, to, false, 4, 0, 0, 0, null, null, null, null, new byte[0],
                WireMessage.BodyKind.TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame the broker sent unasked. */
    Frame nextUnasked() throws IOException {
        Frame f = unasked.poll();
        if (f != null) {
            return f;
        }
        Object next = client.next(WAIT);
        assertThat(next).as("a frame from the broker").isNotNull();
        return (Frame) next;
    }

    Deliver deliver() throws IOException {
        Frame f = nextUnasked();
        assertThat(f).isInstanceOf(Deliver.class);
        return (Deliver) f;
    }

    static String body(Deliver d) {
        return new String(d.message().body(), StandardCharsets.UTF_8);
    }

    /** The bodies of the next {@code n} deliveries. */
    List<String> bodies(int n) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bodies.add(body(deliver()));
        }
        return bodies;
    }

    /** Drains the consumer and returns what was delivered to it before the drain's answer. */
    List<Deliver> drain(long consumerId) throws IOException {
        ok(id -> new Drain(id, consumerId));
        List<Deliver> delivered = new ArrayList<>();
        for (Frame f; (f = unasked.poll()) != null; ) {
            delivered.add((Deliver) f);
        }
        return delivered;
    }

    /** Reads until the broker closes the connection and returns the last frame before that. */
    Object lastBeforeClose() throws IOException {
        return client.lastBeforeClose(WAIT);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

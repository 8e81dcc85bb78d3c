package dev.petrel.broker.server;

import dev.petrel.protocol.Frame;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.FrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A test client on a real socket that speaks raw frames (or raw bytes), for what the JMS client will not do:
 * send garbage, stay silent, lie about versions. Reads decode through the real {@link FrameDecoder}.
 */
final class RawFrameClient implements AutoCloseable {

    private final Socket socket;
    private final EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(Integer.MAX_VALUE));

    RawFrameClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
    }

    void send(Frame frame) throws IOException {
        ByteBuf buf = Unpooled.buffer();
        FrameEncoder.encode(frame, buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        sendBytes(bytes);
    }

    void sendBytes(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /**
     * The next frame (or {@code DecodeFailure}) from the broker, or null if the broker closed the connection
     * first.
     *
     * @throws AssertionError if nothing arrives within {@code timeout}
     */
    Object next(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[8192];
        while (true) {
            Object decoded = decoder.readInbound();
            if (decoded != null) {
                return decoded;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("nothing from the broker within " + timeout);
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            int n;
            try {
                n = in.read(chunk);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                return null;
            }
            if (n < 0) {
                return null;
            }
            decoder.writeInbound(Unpooled.wrappedBuffer(chunk.clone(), 0, n));
        }
    }

    /** Reads until the broker closes the connection, returning the last frame seen before that (or null). */
    Object lastBeforeClose(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (true) {
            Object next = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next == null) {
                return last;
            }
            last = next;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        decoder.finishAndReleaseAll();
    }
}

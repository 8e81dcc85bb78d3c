package dev.petrel.jms.client;

import dev.petrel.jms.transport.Endpoint;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.FrameEncoder;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

/**
 * A fake broker on a real loopback socket (port 0) that speaks frames as a test scripts it: for what the real
 * broker cannot do on cue (never answer, answer wrongly, hang up mid-request). Every wait is bounded.
 */
public final class ScriptedPeer implements AutoCloseable {

    /** One step of a script, run on the peer's own thread. */
    @FunctionalInterface
    public interface Script {
        void run(ScriptedPeer peer) throws Exception;
    }

    private static final int TIMEOUT_MS = 5_000;

    private final ServerSocket server;
    private final EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(16 * 1024 * 1024));
    private Socket socket;

    public ScriptedPeer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(TIMEOUT_MS);
    }

    public Endpoint endpoint() {
        return Endpoint.tcp(InetAddress.getLoopbackAddress().getHostAddress(), server.getLocalPort());
    }

    public String uri() {
        return "tcp://" + endpoint().host() + ":" + endpoint().port();
    }

    /** Runs {@code script} on another thread, after accepting the client's connection. */
    public CompletableFuture<Void> run(Script script) {
        return CompletableFuture.runAsync(() -> {
            try {
                socket = server.accept();
                socket.setSoTimeout(TIMEOUT_MS);
                script.run(this);
            } catch (Exception e) {
                throw new IllegalStateException("script failed: " + e, e);
            }
        });
    }

    /** Reads frames until one arrives; fails if it is not a {@code type}. */
    public <T extends Frame> T expect(Class<T> type) throws IOException {
        Frame frame = next();
        if (!type.isInstance(frame)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the client sent " + frame);
        }
        return type.cast(frame);
    }

    /** Reads the next frame; throws if the client sends none within the timeout. */
    public Frame next() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[8192];
        Object decoded = decoder.readInbound();
        while (decoded == null) {
            int n = in.read(chunk);
            if (n < 0) {
                throw new IOException("the client closed the connection");
            }
            decoder.writeInbound(Unpooled.wrappedBuffer(chunk, 0, n));
            decoded = decoder.readInbound();
        }
        if (!(decoded instanceof Frame frame)) {
            throw new AssertionError("the client sent an invalid frame: " + decoded);
        }
        return frame;
    }

    /** Reads the client's HELLO and accepts it, telling the client the broker's maximum frame size. */
    public Hello acceptHello(int maxFrameSize) throws IOException {
        Hello hello = expect(Hello.class);
        send(new HelloOk(hello.requestId(), hello.version(), "scripted", "c-1", 0, maxFrameSize, "scripted-id"));
        return hello;
    }

    public void send(Frame frame) {
        ByteBuf buf = Unpooled.buffer();
        try {
            FrameEncoder.encode(frame, buf);
            socket.getOutputStream().write(ByteBufUtil.getBytes(buf));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buf.release();
        }
    }

    /** Hangs up on the client. */
    public void drop() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
        decoder.finishAndReleaseAll();
    }
}

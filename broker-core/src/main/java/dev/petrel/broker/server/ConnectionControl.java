package dev.petrel.broker.server;

import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import io.netty.channel.Channel;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One client connection as management sees it, from its handshake until its channel closes: its id, remote
 * address and start, and, read or done on the connection's event loop (the owner of its
 * {@link ConnectionIdentity} and {@link ConnectionResources}), what it holds and {@link #close}. Thread-safe.
 */
public final class ConnectionControl {

    /** What the client is told when an administrator closes its connection. */
    public static final String CLOSED_BY_ADMINISTRATOR = "the connection was closed by an administrator";

    /**
     * What a connection holds now.
     *
     * @param clientId null when it has none
     * @param user     the logged-in user's name, {@code anonymous} without login
     */
    public record Stats(String clientId, String user, int sessions, int consumers, int producers) {
    }

    private final Channel channel;
    private final String id;
    private final Instant connectedSince;
    private final ConnectionIdentity identity;
    private final ConnectionResources resources;
    /** The connection's own way of telling the client why and closing; runs on the event loop. */
    private final Consumer<ErrorFrame> fail;

    ConnectionControl(Channel channel, ConnectionIdentity identity, ConnectionResources resources,
            Consumer<ErrorFrame> fail) {
        this.channel = channel;
        this.id = identity.connectionId();
        this.connectedSince = Instant.now();
        this.identity = identity;
        this.resources = resources;
        this.fail = fail;
    }

    public String id() {
        return id;
    }

    public String remoteAddress() {
        return String.valueOf(channel.remoteAddress());
    }

    /** When the handshake completed. */
    public Instant connectedSince() {
        return connectedSince;
    }

    /** Reads the connection's state on its event loop. */
    public CompletableFuture<Stats> stats() {
        return onLoop(() -> new Stats(identity.clientId(), identity.authorizer().identity().user(),
                resources.sessionCount(), resources.consumers().count(), resources.producerCount()));
    }

    /**
     * Closes the connection from the broker's side: the client gets an error saying an administrator closed it
     * (its exception listener hears it), then the channel closes and everything it held is released.
     *
     * @return completes once the channel is closed
     */
    public CompletableFuture<Void> close() {
        return onLoop(() -> {
            fail.accept(new ErrorFrame(0, ErrorCode.ILLEGAL_STATE, CLOSED_BY_ADMINISTRATOR));
            return channel.closeFuture();
        }).thenCompose(closed -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            closed.addListener(f -> done.complete(null));
            return done;
        });
    }

    private <T> CompletableFuture<T> onLoop(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, channel.eventLoop());
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("connection " + id + " is closed"));
        }
    }

    @Override
    public String toString() {
        return "connection " + id + " from " + remoteAddress();
    }
}

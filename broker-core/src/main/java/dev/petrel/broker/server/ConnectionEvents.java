package dev.petrel.broker.server;

import dev.petrel.protocol.ErrorFrame;
import io.netty.channel.Channel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The broker's connections past their handshake, and the {@link ConnectionListener} told when one comes or
 * goes. Thread-safe: called from every IO thread.
 */
final class ConnectionEvents {

    private final Set<ConnectionControl> open = ConcurrentHashMap.newKeySet();
    private volatile ConnectionListener listener = ConnectionListener.NONE;

    void listen(ConnectionListener newListener) {
        this.listener = newListener;
    }

    /** How many connections completed their handshake and are not closed yet. */
    int count() {
        return open.size();
    }

    /** A connection completed its handshake; it is forgotten when {@code channel} closes. On its event loop. */
    void opened(Channel channel, ConnectionIdentity identity, ConnectionResources resources,
            Consumer<ErrorFrame> fail) {
        ConnectionControl control = new ConnectionControl(channel, identity, resources, fail);
        ConnectionListener told = listener;
        open.add(control);
        told.connectionOpened(control);
        channel.closeFuture().addListener(f -> {
            open.remove(control);
            told.connectionClosed(control);
        });
    }
}

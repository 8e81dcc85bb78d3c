package dev.petrel.jms.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The client's IO threads, shared by every connection in the JVM and created on first use: daemon threads,
 * so an application that forgets to close a connection can still exit.
 */
final class EventLoops {

    private EventLoops() {
    }

    private static final class Tcp {
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                new DefaultThreadFactory("petrel-client-io", true), NioIoHandler.newFactory());
    }

    private static final class Local {
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                new DefaultThreadFactory("petrel-client-vm", true), LocalIoHandler.newFactory());
    }

    static EventLoopGroup tcp() {
        return Tcp.GROUP;
    }

    static EventLoopGroup local() {
        return Local.GROUP;
    }
}

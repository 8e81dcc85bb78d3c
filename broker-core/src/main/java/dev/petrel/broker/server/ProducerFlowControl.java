package dev.petrel.broker.server;

import dev.petrel.broker.destination.MemoryAccount;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import io.netty.channel.Channel;
import dev.petrel.protocol.Send;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Holds back one connection whose producer sends a non-persistent message to a destination that is full
 * (its own memory limit or the broker's): the connection stops reading, so TCP pushes back on the client, and
 * the send waits until the destination has room again. After {@code timeout} the send is refused instead
 * (RESOURCE_ALLOCATION, naming the destination and the limit: never a silent hang), and until there is room
 * further sends to that destination are refused at once. Frames already read while blocked wait in order behind
 * the blocked send. Owned by the connection's event loop: every method runs there; the room callback only
 * submits to it.
 */
final class ProducerFlowControl {

    /** Turns reading from the client's socket on and off ({@code channel.config()::setAutoRead}). */
    @FunctionalInterface
    interface Reads {
        void setAutoRead(boolean on);
    }

    private final Reads reads;
    private final ScheduledExecutorService loop;
    private final Duration timeout;
    private final Consumer<Frame> handler;
    private final BiConsumer<Send, String> refuse;
    private final Deque<Frame> parked = new ArrayDeque<>();
    private MemoryAccount blockedOn;
    private MemoryAccount failing;
    private ScheduledFuture<?> timer;
    /** Tells a stale room callback or timer from the current block. */
    private long generation;

    /**
     * @param loop    the connection's event loop
     * @param handler handles a frame that waited (the connection's own dispatch)
     * @param refuse  answers a refused send with an error carrying the text given
     */
    ProducerFlowControl(Reads reads, ScheduledExecutorService loop, Duration timeout, Consumer<Frame> handler,
            BiConsumer<Send, String> refuse) {
        this.reads = reads;
        this.loop = loop;
        this.timeout = timeout;
        this.handler = handler;
        this.refuse = refuse;
    }

    /**
     * Flow control for the connection on {@code channel}: reading paused through autoRead, a refused send
     * answered with RESOURCE_ALLOCATION (a send without receipt too: the client's exception listener hears it).
     */
    static ProducerFlowControl forChannel(Channel channel, Duration timeout, Consumer<Frame> handler) {
        return new ProducerFlowControl(on -> channel.config().setAutoRead(on), channel.eventLoop(), timeout, handler,
                (send, why) -> channel.writeAndFlush(new ErrorFrame(send.requestId(), ErrorCode.RESOURCE_ALLOCATION,
                        why), channel.voidPromise()));
    }

    boolean blocked() {
        return blockedOn != null;
    }

    /** Keeps a frame read while blocked, to be handled in order later; false when not blocked. */
    boolean park(Frame frame) {
        if (blockedOn == null) {
            return false;
        }
        parked.addLast(frame);
        return true;
    }

    /**
     * Decides about a non-persistent send to a destination with memory {@code account}: true to go on at once;
     * false when the send was taken (it waits, or it was refused).
     */
    boolean admit(Send send, MemoryAccount account) {
        if (failing != null && failing.hasRoom()) {
            failing = null;
        }
        if (!account.isFull()) {
            return true;
        }
        if (account == failing || timeout.isZero()) {
            refuse.accept(send, refusal(account, 0));
            return false;
        }
        block(send, account);
        return false;
    }

    private void block(Send send, MemoryAccount account) {
        parked.addFirst(send);
        blockedOn = account;
        reads.setAutoRead(false);
        long current = ++generation;
        timer = loop.schedule(() -> onTimeout(current), timeout.toMillis(), TimeUnit.MILLISECONDS);
        Executor onLoop = loop;
        account.whenRoom(() -> onLoop.execute(() -> onRoom(current)));
    }

    private void onRoom(long blockGeneration) {
        if (blockGeneration != generation || blockedOn == null) {
            return;
        }
        timer.cancel(false);
        resume();
    }

    private void onTimeout(long blockGeneration) {
        if (blockGeneration != generation || blockedOn == null) {
            return;
        }
        failing = blockedOn;
        refuse.accept((Send) parked.pollFirst(), refusal(blockedOn, timeout.toMillis()));
        resume();
    }

    /** Reads again and handles the frames that waited, until one of them blocks again. */
    private void resume() {
        generation++;
        blockedOn = null;
        reads.setAutoRead(true);
        while (blockedOn == null && !parked.isEmpty()) {
            handler.accept(parked.pollFirst());
        }
    }

    /** Drops whatever waits (the connection is closing). */
    void clear() {
        generation++;
        parked.clear();
        blockedOn = null;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static String refusal(MemoryAccount account, long waitedMillis) {
        return "non-persistent send refused" + (waitedMillis > 0 ? " after waiting " + waitedMillis + " ms" : "")
                + " for memory (producerFlowControlTimeout): " + account.describeFull()
                + "; consumers are not keeping up: add consumers, raise the limit, or send persistent messages,"
                + " which wait in the store instead";
    }
}

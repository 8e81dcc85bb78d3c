package dev.petrel.jms.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets an application thread wait while its channel holds more unsent bytes than the high-water mark, so that
 * a producer that does not wait for receipts goes at the pace the broker reads (TCP back-pressure, and the
 * broker's producer flow control, which stops reading) instead of piling its messages up in the client's
 * memory. Threads: the event loop signals, application threads wait; the condition is checked under the lock
 * the signal takes, so no change is missed.
 */
final class WriteGate extends ChannelInboundHandlerAdapter {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    @Override
    public boolean isSharable() {
        return false;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        signal();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        signal();
        ctx.fireChannelInactive();
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Returns once {@code channel} takes writes again or is closed; at once on its event loop, which never waits. */
    void awaitWritable(Channel channel) throws InterruptedException {
        if (channel.isWritable() || channel.eventLoop().inEventLoop()) {
            return;
        }
        lock.lock();
        try {
            while (!channel.isWritable() && channel.isActive()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }
}

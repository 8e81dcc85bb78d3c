package dev.petrel.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Heartbeats on Netty's embedded channel, with its clock moved by hand. */
class HeartbeatHandlerTest {

    private static final int TIMEOUT_MS = 900;

    private static EmbeddedChannel channel() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.pipeline().addLast(new HeartbeatHandler(TIMEOUT_MS));
        return channel;
    }

    @Test
    void anIdleWriterSendsAHeartbeatAfterAThirdOfTheTimeout() {
        EmbeddedChannel channel = channel();
        channel.advanceTimeBy(TIMEOUT_MS / 3 + 1, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThat((Object) channel.readOutbound()).isEqualTo(Heartbeat.INSTANCE);
        channel.finishAndReleaseAll();
    }

    @Test
    void aSilentPeerIsReportedAfterTheTimeout() {
        EmbeddedChannel channel = channel();
        channel.advanceTimeBy(TIMEOUT_MS + 1, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThatThrownBy(channel::checkException).isInstanceOf(PeerSilentException.class)
                .hasMessageContaining(TIMEOUT_MS + " ms");
    }

    @Test
    void silenceIsNotThePeersFaultWhileThisSideStoppedReading() {
        // the broker turns auto-read off to hold a producer back; the producer cannot be heard meanwhile
        EmbeddedChannel channel = channel();
        channel.config().setAutoRead(false);
        channel.advanceTimeBy(TIMEOUT_MS * 3L, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.checkException();
        assertThat(channel.isOpen()).isTrue();
        channel.finishAndReleaseAll();
    }
}

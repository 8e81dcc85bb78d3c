package dev.petrel.broker;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the broker itself. */
class BrokerLifecycleTest {

    @TempDir
    Path data;

    @Test
    void closingTwiceIsHarmless() {
        // a shutdown hook may close a broker the application already closed
        Broker broker = Broker.start(BrokerConfig.defaults().withDataDirectory(data)
                .withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0))));
        broker.close();
        assertThatCode(broker::close).doesNotThrowAnyException();
    }
}

package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.JMSSecurityException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broker delays its answer to repeated failed logins from one address, without blocking others. */
@Timeout(60)
class SlowedLoginTest {

    private static final UsersFixture USERS = new UsersFixture().user("alice", "wonderland");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withAnonymous(false).withLogin(USERS.login(Duration.ofMillis(300), Duration.ofMillis(600)))));

    @Test
    void theThirdFailureInARowWaitsForItsAnswer() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory(BROKER.url());
        long[] took = new long[3];
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> factory.createConnection("alice", "wrong")).isInstanceOf(JMSSecurityException.class);
            took[i] = (System.nanoTime() - start) / 1_000_000;
        }
        assertThat(took[1]).as("second failure, ms").isGreaterThanOrEqualTo(300);
        assertThat(took[2]).as("third failure, ms").isGreaterThanOrEqualTo(600);
    }
}

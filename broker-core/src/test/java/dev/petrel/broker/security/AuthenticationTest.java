package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logging in over a real socket with anonymous access off: good and bad credentials, none at all. */
@Timeout(60)
class AuthenticationTest {

    private static final UsersFixture USERS = new UsersFixture().user("alice", "wonderland", "producers");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withAnonymous(false).withLogin(USERS.login())));

    private static PetrelConnectionFactory factory(String... options) {
        return new PetrelConnectionFactory(BROKER.url(options));
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        try (Connection connection = factory().createConnection("alice", "wonderland")) {
            connection.start();
            assertThat(connection.getMetaData().getJMSProviderName()).isNotEmpty();
        }
    }

    @Test
    void credentialsInTheUriLogInToo() throws Exception {
        try (Connection connection = factory("jms.userName=alice", "jms.password=wonderland").createConnection()) {
            connection.start();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtCreateConnection() {
        assertThatThrownBy(() -> factory().createConnection("alice", "not-it"))
                .isInstanceOf(JMSSecurityException.class)
                .hasMessageContaining("user 'alice' could not be authenticated")
                .hasMessageNotContaining("not-it");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThatThrownBy(() -> factory().createConnection("mallory", "guess"))
                .isInstanceOf(JMSSecurityException.class)
                .hasMessageContaining("user 'mallory' could not be authenticated: wrong user name or password");
    }

    @Test
    void noCredentialsAreRefusedWhenAnonymousAccessIsOff() {
        assertThatThrownBy(() -> factory().createConnection())
                .isInstanceOf(JMSSecurityException.class)
                .hasMessageContaining("does not allow anonymous connections");
    }

    @Test
    void theSimplifiedApiThrowsTheRuntimeCounterpart() {
        assertThatThrownBy(() -> {
            try (JMSContext context = factory().createContext("alice", "nope")) {
                context.createProducer();
            }
        }).isInstanceOf(JMSSecurityRuntimeException.class);
    }

    @Test
    void aGoodLoginStillWorksAfterFailures() throws Exception {
        assertThatThrownBy(() -> factory().createConnection("alice", "x")).isInstanceOf(JMSSecurityException.class);
        try (Connection connection = factory().createConnection("alice", "wonderland")) {
            connection.start();
        }
    }

    /** The slow-down itself, with delays short enough for a test. */
    @Test
    void repeatedFailuresFromOneAddressAreAnsweredLaterAndLater() {
        LoginThrottle throttle = new LoginThrottle(Duration.ofMillis(100), Duration.ofMillis(350), () -> 0L);
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(100);
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(200);
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(350);
        assertThat(throttle.failed("10.0.0.2")).as("another address").isZero();
    }

    @Test
    void anAddressIsForgottenAfterAQuietPeriod() {
        long[] now = {0};
        LoginThrottle throttle = new LoginThrottle(Duration.ofMillis(100), Duration.ofSeconds(1), () -> now[0]);
        throttle.failed("10.0.0.1");
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(100);
        now[0] += LoginThrottle.FORGET_AFTER.toNanos() + 1;
        assertThat(throttle.failed("10.0.0.1")).isZero();
    }
}

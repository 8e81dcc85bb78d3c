package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Passwords, right or wrong, appear in no log line and no exception, with the broker logging everything. */
@Timeout(60)
class SecretsNeverLoggedTest {

    private static final String GOOD = "Correct-Horse-7431";
    private static final String BAD = "Wrong-Battery-9920";
    private static final UsersFixture USERS = new UsersFixture().user("alice", GOOD);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withAnonymous(false).withLogin(USERS.login())));

    @Test
    void noPasswordInLogsOrExceptions() throws JMSException {
        ch.qos.logback.classic.Logger petrel = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("dev.petrel");
        ch.qos.logback.classic.Level before = petrel.getLevel();
        petrel.setLevel(ch.qos.logback.classic.Level.TRACE);
        StringWriter exceptions = new StringWriter();
        try (LogCapture log = new LogCapture()) {
            try (Connection ok = new PetrelConnectionFactory(BROKER.url()).createConnection("alice", GOOD)) {
                ok.start();
            }
            try (Connection ok = new PetrelConnectionFactory(BROKER.url("jms.userName=alice", "jms.password=" + GOOD))
                    .createConnection()) {
                exceptions.append(ok.toString());
            }
            assertThatThrownBy(() -> new PetrelConnectionFactory(BROKER.url()).createConnection("alice", BAD))
                    .satisfies(e -> e.printStackTrace(new PrintWriter(exceptions)));
            assertThatThrownBy(() -> new PetrelConnectionFactory(BROKER.url("jms.password=" + BAD, "bogus=1")))
                    .satisfies(e -> e.printStackTrace(new PrintWriter(exceptions)));
            assertThat(log.lines()).as("the test must see the login log lines").anyMatch(l -> l.contains("alice"));
            assertThat(String.join("\n", log.lines())).doesNotContain(GOOD).doesNotContain(BAD);
        } finally {
            petrel.setLevel(before);
        }
        assertThat(exceptions.toString()).doesNotContain(GOOD).doesNotContain(BAD);
    }
}

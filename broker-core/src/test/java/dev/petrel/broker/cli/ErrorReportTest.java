package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Error lines: the messages of a failure and its causes, each once, no stack trace. */
class ErrorReportTest {

    @Test
    void appendsTheMessageOfAJmsLinkedException() {
        JMSException jms = new JMSException("cannot connect to tcp://localhost:1");
        jms.setLinkedException(new ConnectException("Connection refused"));

        assertThat(ErrorReport.describe(jms)).isEqualTo("cannot connect to tcp://localhost:1: Connection refused");
    }

    @Test
    void appendsCauseMessagesButNotOnesAlreadyQuoted() {
        IOException io = new IOException("broken pipe", new ConnectException("reset by peer"));
        UncheckedIOException wrapper = new UncheckedIOException(io.toString(), io);

        assertThat(ErrorReport.describe(wrapper)).isEqualTo("java.io.IOException: broken pipe: reset by peer");
    }

    @Test
    void namesTheExceptionTypeWhenThereIsNoMessage() {
        assertThat(ErrorReport.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}

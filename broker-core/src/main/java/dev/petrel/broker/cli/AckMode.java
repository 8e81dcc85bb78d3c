package dev.petrel.broker.cli;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The session mode of {@code petrel perf}'s producers and consumers ({@code --ack}), and the one place that
 * knows what ending a batch means in it: a commit when transacted, {@code acknowledge()} in client mode,
 * nothing in the automatic modes.
 */
enum AckMode {
    AUTO("auto", Session.AUTO_ACKNOWLEDGE),
    CLIENT("client", Session.CLIENT_ACKNOWLEDGE),
    DUPS_OK("dups-ok", Session.DUPS_OK_ACKNOWLEDGE),
    TRANSACTED("transacted", Session.SESSION_TRANSACTED);

    private final String option;
    private final int sessionMode;

    AckMode(String option, int sessionMode) {
        this.option = option;
        this.sessionMode = sessionMode;
    }

    /** The name typed after {@code --ack}. */
    String option() {
        return option;
    }

    boolean transacted() {
        return this == TRANSACTED;
    }

    /**
     * Opens a session in this mode; a provider that refuses the mode (a feature not yet built) gets a message
     * naming the option, so the operator knows which flag to drop.
     */
    Session open(Connection connection) throws JMSException {
        try {
            return connection.createSession(transacted(), sessionMode);
        } catch (JMSException e) {
            JMSException refused = new JMSException("--ack " + option + ": the session could not be opened");
            refused.setLinkedException(e);
            refused.initCause(e);
            throw refused;
        }
    }

    /** Ends a producer's batch of sends: commits them when transacted. */
    void endSends(Session session) throws JMSException {
        if (transacted()) {
            session.commit();
        }
    }

    /** Ends a consumer's batch ending with {@code last}: commits or acknowledges it, as the mode wants. */
    void endReceipts(Session session, Message last) throws JMSException {
        if (transacted()) {
            session.commit();
        } else if (this == CLIENT) {
            last.acknowledge();
        }
    }

    /** Converts {@code --ack} values, naming the accepted ones when the value is none of them. */
    static final class Converter implements ITypeConverter<AckMode> {
        @Override
        public AckMode convert(String value) {
            for (AckMode mode : values()) {
                if (mode.option.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "': expected auto, client, dups-ok or transacted");
        }
    }
}

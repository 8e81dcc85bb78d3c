package dev.petrel.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Session;

/**
 * The session modes of Connection.createSession (Jakarta Messaging 3.1 §6.2.3): a transacted session ignores
 * the acknowledge mode; otherwise it must be AUTO_ACKNOWLEDGE, CLIENT_ACKNOWLEDGE or DUPS_OK_ACKNOWLEDGE. The
 * wire numbers are the API's (0 transacted, 1 auto, 2 client, 3 dups-ok).
 */
final class SessionModes {

    private SessionModes() {
    }

    /** Returns the session mode to use, or says why the requested one is not one. */
    static int check(boolean transacted, int acknowledgeMode) throws JMSException {
        if (transacted) {
            return Session.SESSION_TRANSACTED;
        }
        return switch (acknowledgeMode) {
            case Session.AUTO_ACKNOWLEDGE, Session.CLIENT_ACKNOWLEDGE, Session.DUPS_OK_ACKNOWLEDGE -> acknowledgeMode;
            default -> throw new JMSException("acknowledge mode " + acknowledgeMode + " is not one of Session."
                    + "AUTO_ACKNOWLEDGE (1), CLIENT_ACKNOWLEDGE (2), DUPS_OK_ACKNOWLEDGE (3) or SESSION_TRANSACTED (0)");
        };
    }

    /** The same for {@code createSession(int sessionMode)} and JMSContext's session modes. */
    static int check(int sessionMode) throws JMSException {
        return check(sessionMode == Session.SESSION_TRANSACTED, sessionMode);
    }
}

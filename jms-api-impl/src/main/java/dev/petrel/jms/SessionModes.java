package dev.petrel.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Session;

/** Which session modes this version supports: non-transacted AUTO_ACKNOWLEDGE only, for now. */
final class SessionModes {

    private SessionModes() {
    }

    /** Returns the acknowledge mode to use, or says why the requested one cannot be had. */
    static int check(boolean transacted, int acknowledgeMode) throws JMSException {
        if (transacted || acknowledgeMode == Session.SESSION_TRANSACTED) {
            throw new JMSException("transacted sessions are not yet supported by this version of Petrel");
        }
        return switch (acknowledgeMode) {
            case Session.AUTO_ACKNOWLEDGE -> acknowledgeMode;
            case Session.CLIENT_ACKNOWLEDGE, Session.DUPS_OK_ACKNOWLEDGE -> throw new JMSException(
                    (acknowledgeMode == Session.CLIENT_ACKNOWLEDGE ? "CLIENT_ACKNOWLEDGE" : "DUPS_OK_ACKNOWLEDGE")
                            + " is not yet supported by this version of Petrel: use AUTO_ACKNOWLEDGE");
            default -> throw new JMSException("acknowledge mode " + acknowledgeMode + " is not one of Session."
                    + "AUTO_ACKNOWLEDGE, CLIENT_ACKNOWLEDGE, DUPS_OK_ACKNOWLEDGE or SESSION_TRANSACTED");
        };
    }
}

package dev.petrel.protocol.archfixture;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * Breaks the architecture on purpose, so that {@code dev.petrel.ArchitectureTest} can prove its rules fire:
 * it sits in the protocol package tree yet uses the JMS API, and it throws
 * {@link UnsupportedOperationException}. Test code only; nothing may use it.
 */
public final class RuleBreakingFixture {

    public String destinationOf(Message message) throws JMSException {
        return String.valueOf(message.getJMSDestination());
    }

    public void notImplemented() {
        throw new UnsupportedOperationException("not implemented");
    }
}

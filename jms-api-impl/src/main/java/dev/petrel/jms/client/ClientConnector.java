package dev.petrel.jms.client;

import jakarta.jms.JMSException;

/**
 * Opens a {@link BrokerClient}: {@link WireClient#connect} for one broker; a failover client (later) opens
 * one of several. The connection factory picks it, so the JMS objects never know which they have.
 */
@FunctionalInterface
public interface ClientConnector {

    /** Connects and completes the handshake; throws the broker's refusal mapped to its JMS type. */
    BrokerClient connect(ClientSettings settings) throws JMSException;
}

/**
 * The broker's lifecycle: {@link dev.petrel.broker.Broker} starts the destinations, the server transports and
 * (later) the store from a typed {@code BrokerConfig}, and stops them in reverse order. The pieces live in
 * the sub-packages; this package only wires them together.
 */
package dev.petrel.broker;

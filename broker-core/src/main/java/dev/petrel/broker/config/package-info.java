/**
 * The broker's typed configuration: immutable records ({@link dev.petrel.broker.config.BrokerConfig} and
 * its parts) with their defaults, and {@link dev.petrel.broker.config.BrokerConfigLoader}, which reads
 * {@code conf/broker.xml}, validates it against the {@code broker.xsd} shipped beside these classes and
 * binds it to the records. Every mistake in the file surfaces as a
 * {@link dev.petrel.broker.config.ConfigException} naming file, line, column and what was expected.
 *
 * <p>Belongs here: the records, their defaults, value parsing (sizes, durations, URIs) and the XML
 * reading. Does not belong here: anything that acts on the configuration (starting acceptors,
 * opening the store) — those packages take the records as constructor parameters.
 */
package dev.petrel.broker.config;

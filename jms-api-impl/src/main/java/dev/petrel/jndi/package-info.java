/**
 * JNDI for Petrel: {@link dev.petrel.jndi.PetrelInitialContextFactory}, which gives plain Java applications a
 * read-only context configured by properties with ActiveMQ's names ({@code java.naming.provider.url},
 * {@code connectionFactoryNames}, {@code connectionFactory.<name>}, {@code queue.<name>}, {@code topic.<name>},
 * {@code dynamicQueues/…}, {@code dynamicTopics/…}), and {@link dev.petrel.jndi.PetrelObjectFactory}, which
 * rebuilds the administered objects from a {@link javax.naming.Reference} for naming services that store them
 * by reference. {@code docs/operations.md} documents the properties for users.
 *
 * <p>What belongs here: reading JNDI environments and references into the public administered objects of
 * {@link dev.petrel.jms} ({@code PetrelConnectionFactory}, {@code PetrelQueue}, {@code PetrelTopic}), through
 * their public constructors only. What does not: connections or anything that talks to a broker (a context
 * holds factories, never connections), any broker type (an architecture test enforces this), and any
 * dependency of {@link dev.petrel.jms} on this package — the client must work without JNDI.
 *
 * <p>Threads: every class here is immutable or stateless except a context's environment, which is a
 * synchronized {@link java.util.Hashtable}; contexts may be shared.
 */
package dev.petrel.jndi;

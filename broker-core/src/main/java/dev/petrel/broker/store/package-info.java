/**
 * The durable store: every change to persistent broker state is a {@link dev.petrel.broker.store.StoreOp}
 * value, a list of them is committed atomically by the single {@code petrel-store-writer} thread (group
 * commit: one JDBC transaction and one log sync for everything queued), and the same list, encoded by
 * {@link dev.petrel.broker.store.StoreBatch}, is what high availability replicates. Recovery reads back what
 * the ops built: queues, durable subscriptions, prepared transactions, and per queue an ordered, paged
 * cursor of message references whose bodies are loaded only on demand.
 *
 * <p>Belongs here: the op values and their encoding, the writer, the JDBC schema and the SQL dialects.
 * Must not be here: destinations, transactions' state machines, Netty, frames or anything of the JMS
 * client; the store treats a message as opaque encoded bytes plus the few headers it orders and expires by.
 * HSQLDB-specific SQL lives only in {@link dev.petrel.broker.store.HsqldbDialect}.
 */
package dev.petrel.broker.store;

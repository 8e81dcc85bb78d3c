/**
 * Transactions on the broker. A {@link dev.petrel.broker.tx.LocalTransaction} buffers a transacted session's
 * sends and acknowledgements and applies them at commit; XA branches will live here too. Code here is driven by
 * the connection that owns the session and talks to destinations only through their public, thread-safe
 * methods; it knows no Netty and no frames.
 */
package dev.petrel.broker.tx;

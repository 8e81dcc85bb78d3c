/**
 * Transactions on the broker. A {@link dev.petrel.broker.tx.LocalTransaction} buffers a transacted session's
 * sends and acknowledgements and applies them at commit; {@link dev.petrel.broker.tx.XaBranches} keeps the
 * broker-wide XA branches ({@link dev.petrel.broker.tx.XaBranch}, state table in
 * {@link dev.petrel.broker.tx.XaBranchState}) and {@link dev.petrel.broker.tx.XaCompletion} prepares, commits and
 * rolls them back against the store. Code here is driven by
 * the connection that owns the session and talks to destinations only through their public, thread-safe
 * methods; it knows no Netty and no frames.
 */
package dev.petrel.broker.tx;

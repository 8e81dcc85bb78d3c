/**
 * JTA integration through Narayana for Java SE applications: a connection factory whose sessions
 * enlist their XAResource in the current transaction, and a recovery helper for Narayana's recovery manager.
 * ({@link dev.petrel.xa.JtaConnectionFactory}, {@link dev.petrel.xa.PetrelRecoveryHelper}; set-up in docs/xa.md).
 * Depends only on the client library and Narayana, never on the broker.
 */
package dev.petrel.xa;

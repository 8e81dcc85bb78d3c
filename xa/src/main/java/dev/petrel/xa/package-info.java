/**
 * JTA integration through Narayana for Java SE applications: a connection factory whose sessions
 * enlist their XAResource in the current transaction, and a recovery helper for Narayana's recovery manager.
 * Filled by the XA issue; depends only on the client library and Narayana, never on the broker.
 */
package dev.petrel.xa;

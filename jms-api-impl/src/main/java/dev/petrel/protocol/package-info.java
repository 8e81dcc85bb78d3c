/**
 * The Petrel wire protocol: immutable {@link dev.petrel.protocol.Frame} records, their binary layout,
 * the Netty codec and the {@link dev.petrel.protocol.ErrorCode}s that travel in error frames.
 *
 * <p>This package knows bytes and frames only. It must not import {@code jakarta.jms}, the client's JMS
 * objects or any broker type (an architecture test enforces this), so that client and broker share one
 * definition of the wire and nothing else. The layout is described in {@code docs/protocol.md}.
 */
package dev.petrel.protocol;

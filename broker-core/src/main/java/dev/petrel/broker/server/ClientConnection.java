package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.DeliveryTarget;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.MemoryAccount;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.protocol.Ack;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CloseProducer;
import dev.petrel.protocol.CloseSession;
import dev.petrel.protocol.Commit;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateDestination;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.Credit;
import dev.petrel.protocol.DecodeFailure;
import dev.petrel.protocol.DeleteDestination;
import dev.petrel.protocol.Drain;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.HeartbeatHandler;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.PeerSilentException;
import dev.petrel.protocol.Recover;
import dev.petrel.protocol.Rollback;
import dev.petrel.protocol.Send;
import dev.petrel.protocol.SetClientId;
import dev.petrel.protocol.Unsubscribe;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection on the broker: the handshake, then each frame turned into a plain call on
 * {@link ConnectionResources}. Owned by the channel's event loop; answers that destinations produce are
 * written from their executors through the thread-safe channel.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter implements DeliveryTarget {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    private final ConnectionLimits limits;
    private final String connectionId;
    private final ConnectionIdentity identity;
    private final Handshake handshake;
    private final ConnectionResources resources;
    private final XaRequests xa;
    private final ConnectionEvents events;
    private final Duration flowTimeout;
    private Channel channel;
    private ConnectionAnswers answers;
    /** Holds back non-persistent sends to a full destination; made once the channel is active. */
    private ProducerFlowControl flow;
    private ScheduledFuture<?> handshakeTimer;
    private boolean closing;

    ClientConnection(ConnectionLimits limits, ConnectionIdentity identity, DestinationRegistry destinations,
            XaBranches xaBranches, ConnectionEvents events) {
        this.limits = limits;
        this.events = events;
        this.connectionId = identity.connectionId();
        this.identity = identity;
        this.handshake = new Handshake(limits, identity);
        this.resources = new ConnectionResources(destinations, this, identity, xaBranches);
        this.xa = new XaRequests(xaBranches, resources, identity);
        this.flowTimeout = destinations.policy().memory().producerFlowControlTimeout();
    }

    @Override
    public String connectionId() {
        return connectionId;
    }

    @Override
    public void write(Frame frame) {
        channel.write(frame, channel.voidPromise());
    }

    @Override
    public void flush() {
        channel.flush();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        answers = new ConnectionAnswers(connectionId, channel);
        flow = ProducerFlowControl.forChannel(channel, flowTimeout, this::handle);
        LOG.debug("connection {} from {} opened", connectionId, channel.remoteAddress());
        handshakeTimer = ctx.executor().schedule(() -> fail(new ErrorFrame(0, ErrorCode.HANDSHAKE_REQUIRED,
                "no HELLO within the handshake timeout of " + limits.handshakeTimeoutMs() + " ms")),
                limits.handshakeTimeoutMs(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            return;
        }
        if (msg instanceof DecodeFailure failure) {
            fail(new ErrorFrame(0, failure.code(), failure.reason()));
        } else if (msg instanceof Frame frame && !flow.park(frame)) {
            handle(frame);
        }
    }

    private void handle(Frame frame) {
        try {
            if (!handshake.done()) {
                onHandshake(frame);
            } else {
                route(frame);
            }
        } catch (BrokerException e) {
            if (frame.requestId() == 0) {
                // nothing to answer: a frame that wants no answer and still fails breaks the protocol
                fail(new ErrorFrame(0, e.code(), frame.type() + " failed: " + e.getMessage()));
            } else {
                answers.error(frame.requestId(), e.code(), e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("connection {} from {}: {} failed", connectionId, channel.remoteAddress(), frame.type(), e);
            answers.error(frame.requestId(), ErrorCode.INTERNAL,
                    "the broker failed to handle " + frame.type() + ": " + e);
        }
    }

    private void onHandshake(Frame frame) {
        Handshake.Outcome outcome = handshake.accept(frame, String.valueOf(channel.remoteAddress()));
        handshakeTimer.cancel(false);
        if (outcome.error() != null) {
            fail(outcome.error());
            return;
        }
        FrameDecoder decoder = channel.pipeline().get(FrameDecoder.class);
        if (decoder != null) {
            decoder.version(outcome.answer().version());
            decoder.maxFrameSize(limits.maxFrameSize());
            int heartbeat = outcome.answer().heartbeatTimeoutMs();
            if (heartbeat > 0) {
                channel.pipeline().addBefore(ServerPipeline.CONNECTION, "heartbeat", new HeartbeatHandler(heartbeat));
            }
        }
        channel.writeAndFlush(outcome.answer(), channel.voidPromise());
        events.opened(channel, identity, resources, this::fail);
    }

    private void route(Frame frame) {
        int requestId = frame.requestId();
        switch (frame.type()) {
            case CREATE_SESSION -> resources.createSession((CreateSession) frame);
            case CLOSE_SESSION -> {
                xa.sessionClosing(((CloseSession) frame).sessionId());
                answers.whenDone(requestId, resources.closeSession(((CloseSession) frame).sessionId()));
                return;
            }
            case CREATE_PRODUCER -> resources.createProducer((CreateProducer) frame);
            case CLOSE_PRODUCER -> resources.closeProducer(((CloseProducer) frame).producerId());
            case CREATE_CONSUMER -> resources.createConsumer((CreateConsumer) frame);
            case COMMIT -> {
                answers.whenDone(requestId, resources.commit(((Commit) frame).sessionId()));
                return;
            }
            case ROLLBACK -> resources.rollback(((Rollback) frame).sessionId());
            case SET_CLIENT_ID -> identity.setClientId(((SetClientId) frame).clientId());
            case UNSUBSCRIBE -> resources.unsubscribe(((Unsubscribe) frame).subscriptionName());
            case CREATE_DESTINATION -> resources.createTemporary(((CreateDestination) frame).destination());
            case DELETE_DESTINATION -> resources.deleteTemporary(((DeleteDestination) frame).destination());
            case XA_START, XA_END, XA_PREPARE, XA_COMMIT, XA_ROLLBACK, XA_RECOVER, XA_FORGET -> {
                xa.handle(frame, answer -> channel.writeAndFlush(answer, channel.voidPromise()));
                return;
            }
            case CLOSE -> {
                closing = true;
                xa.connectionLost();
                resources.releaseAll();
                channel.writeAndFlush(new Ok(requestId)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            default -> {
                routeFlow(frame);
                return;
            }
        }
        answers.ok(requestId);
    }

    /** The frames of message flow, which answer (if at all) when the destination has done its part. */
    private void routeFlow(Frame frame) {
        int requestId = frame.requestId();
        ConnectionConsumers consumers = resources.consumers();
        switch (frame.type()) {
            case CLOSE_CONSUMER -> {
                CloseConsumer c = (CloseConsumer) frame;
                answers.whenDone(requestId, consumers.close(c.consumerId(), c.lastDeliveredId()));
            }
            case SEND -> {
                Send send = (Send) frame;
                MemoryAccount full = resources.heldBackBy(send.producerId(), send.message());
                if (full != null && !flow.admit(send, full)) {
                    return; // it waits for room, or was refused
                }
                CompletableFuture<Void> accepted = resources.send(send.producerId(), send.message());
                if (send.receipt()) {
                    answers.whenDone(requestId, accepted);
                } else {
                    accepted.whenComplete((ok, error) -> answers.logUnreported(error));
                }
            }
            case ACK -> {
                Ack ack = (Ack) frame;
                consumers.acknowledge(ack.consumerId(), ack.firstDeliveryId(), ack.lastDeliveryId(),
                        requestId == 0 ? null : () -> answers.ok(requestId));
            }
            case CREDIT -> consumers.consumer(((Credit) frame).consumerId()).credit(((Credit) frame).credit());
            case DRAIN -> consumers.consumer(((Drain) frame).consumerId()).drain(() -> answers.ok(requestId));
            case RECOVER -> {
                Recover r = (Recover) frame;
                answers.whenDone(requestId, consumers.recover(r.consumerId(), r.lastDeliveredId()));
            }
            case HEARTBEAT -> {
                // proof of life only; reading it already reset the idle timer
            }
            default -> fail(new ErrorFrame(0, ErrorCode.MALFORMED_FRAME,
                    "a client may not send " + frame.type() + " frames"));
        }
    }

    /** Tells the client why and closes the connection: for broken protocol, never for a refused request. */
    private void fail(ErrorFrame error) {
        if (closing) {
            return;
        }
        closing = true;
        LOG.warn("closing connection {} from {}: {}", connectionId, channel.remoteAddress(), error.message());
        channel.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof PeerSilentException) {
            LOG.info("closing connection {}: {}", connectionId, cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.debug("connection {} from {} broke: {}", connectionId, ctx.channel().remoteAddress(), cause.toString());
        } else {
            LOG.warn("connection {} from {} failed; closing it", connectionId, ctx.channel().remoteAddress(), cause);
        }
        closing = true;
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshakeTimer != null) {
            handshakeTimer.cancel(false);
        }
        flow.clear();
        xa.connectionLost();
        resources.releaseAll();
        LOG.debug("connection {} from {} closed", connectionId, ctx.channel().remoteAddress());
        ctx.fireChannelInactive();
    }
}

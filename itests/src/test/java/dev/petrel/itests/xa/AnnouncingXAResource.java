package dev.petrel.itests.xa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * An XA resource that tells the test where the two-phase protocol is: before and after its delegate's prepare
 * and commit, at the point the test chose ({@code <name>.prepare.before}, {@code <name>.commit.after}, …), it
 * prints {@code POINT <point>} and waits for a line on stdin. The test then kills this process (it never
 * answers) or the broker, and answers to let it go on.
 */
final class AnnouncingXAResource implements XAResource {

    private static final BufferedReader STDIN =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private final String name;
    private final XAResource delegate;
    private final String crashPoint;

    AnnouncingXAResource(String name, XAResource delegate, String crashPoint) {
        this.name = name;
        this.delegate = delegate;
        this.crashPoint = crashPoint;
    }

    private void at(String step) {
        String point = name + "." + step;
        if (!point.equals(crashPoint)) {
            return;
        }
        System.out.println("POINT " + point);
        System.out.flush();
        try {
            STDIN.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        at("prepare.before");
        int vote = delegate.prepare(xid);
        at("prepare.after");
        return vote;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        at("commit.before");
        delegate.commit(xid, onePhase);
        at("commit.after");
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        delegate.rollback(xid);
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
        delegate.start(xid, flags);
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
        delegate.end(xid, flags);
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
        return delegate.recover(flag);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        delegate.forget(xid);
    }

    @Override
    public boolean isSameRM(XAResource other) throws XAException {
        XAResource unwrapped = other instanceof AnnouncingXAResource a ? a.delegate : other;
        return delegate.isSameRM(unwrapped);
    }

    @Override
    public int getTransactionTimeout() throws XAException {
        return delegate.getTransactionTimeout();
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        return delegate.setTransactionTimeout(seconds);
    }
}

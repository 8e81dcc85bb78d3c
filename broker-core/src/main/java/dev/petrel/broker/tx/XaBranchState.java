package dev.petrel.broker.tx;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an XA branch on the broker (X/Open XA §2.2.2, as {@code XAResource} exposes it). A branch is
 * {@link #ACTIVE} while a session is associated with it (suspended associations included), {@link #IDLE} once
 * every association ended with {@code TMSUCCESS}, {@link #ROLLBACK_ONLY} after {@code TMFAIL}, {@link #PREPARED}
 * once its work is durable, and ends {@link #COMMITTED} or {@link #ROLLED_BACK}. {@link #next} is the one
 * table of allowed moves.
 */
public enum XaBranchState {
    ACTIVE,
    IDLE,
    ROLLBACK_ONLY,
    PREPARED,
    COMMITTED,
    ROLLED_BACK;

    private Set<XaBranchState> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(ACTIVE, IDLE, ROLLBACK_ONLY, ROLLED_BACK);
            case IDLE -> EnumSet.of(ACTIVE, PREPARED, COMMITTED, ROLLED_BACK);
            case ROLLBACK_ONLY -> EnumSet.of(ROLLBACK_ONLY, ROLLED_BACK);
            case PREPARED -> EnumSet.of(COMMITTED, ROLLED_BACK);
            case COMMITTED, ROLLED_BACK -> EnumSet.noneOf(XaBranchState.class);
        };
    }

    /** Whether a branch in this state may move to {@code target}. */
    public boolean mayBecome(XaBranchState target) {
        return next().contains(target);
    }

    /** True once the branch has an outcome. */
    public boolean isFinal() {
        return this == COMMITTED || this == ROLLED_BACK;
    }
}

package dev.petrel.protocol;

import java.util.Objects;

/**
 * A destination as the wire names it: its kind and its physical name.
 *
 * @param kind queue or topic, temporary or not
 * @param name the physical name; for temporary destinations it is unique per broker
 */
public record DestinationRef(Kind kind, String name) {

    /** The four kinds of destination the JMS API knows. */
    public enum Kind {
        QUEUE, TOPIC, TEMPORARY_QUEUE, TEMPORARY_TOPIC;

        /** True for the kinds with queue semantics (one consumer per message). */
        public boolean isQueue() {
            return this == QUEUE || this == TEMPORARY_QUEUE;
        }

        public boolean isTemporary() {
            return this == TEMPORARY_QUEUE || this == TEMPORARY_TOPIC;
        }
    }

    private static final Kind[] KINDS = Kind.values();

    public DestinationRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static DestinationRef queue(String name) {
        return new DestinationRef(Kind.QUEUE, name);
    }

    public static DestinationRef topic(String name) {
        return new DestinationRef(Kind.TOPIC, name);
    }

    /** Writes a destination that may be null. */
    public static void write(FrameWriter w, DestinationRef d) {
        if (d == null) {
            w.writeByte(-1);
        } else {
            w.writeByte(d.kind.ordinal());
            w.writeString(d.name);
        }
    }

    /** Reads a destination that may be null. */
    public static DestinationRef read(FrameReader r, String what) {
        // "what" as it is, not "what kind"/"what name": a concatenation per read costs more than the read
        byte kind = r.readByte(what);
        if (kind == -1) {
            return null;
        }
        if (kind < 0 || kind >= KINDS.length) {
            throw new MalformedFrameException(what + " has unknown kind " + kind);
        }
        return r.readDestination(KINDS[kind], what);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "://" + name;
    }
}

package dev.petrel.broker.config;

import org.w3c.dom.Node;

/**
 * Where something is in the configuration file, as the XML parser reports it: for an element, the
 * line and column just past the end of its start tag. It rides on DOM elements as user data, since
 * DOM itself forgets positions.
 */
record SourcePosition(int line, int column) {

    private static final String USER_DATA_KEY = SourcePosition.class.getName();

    static final SourcePosition UNKNOWN = new SourcePosition(-1, -1);

    /** Attaches this position to {@code node}. */
    void attachTo(Node node) {
        node.setUserData(USER_DATA_KEY, this, null);
    }

    /** The position attached to {@code node}, or {@link #UNKNOWN} for a node not built by the parser. */
    static SourcePosition of(Node node) {
        Object position = node.getUserData(USER_DATA_KEY);
        return position instanceof SourcePosition p ? p : UNKNOWN;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

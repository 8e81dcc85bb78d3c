package dev.petrel.broker.destination;

import dev.petrel.selector.SelectorContext;

/**
 * Which messages a queue consumer or a topic subscription takes: a message selector, or everything. Called
 * on the executor of the destination that holds the message; implementations are immutable.
 */
public interface MessageFilter {

    /** Takes every message. */
    MessageFilter ALL = new MessageFilter() {
        @Override
        public boolean matches(SelectorContext message) {
            return true;
        }

        @Override
        public boolean matchesEverything() {
            return true;
        }

        @Override
        public String toString() {
            return "ALL";
        }
    };

    /** Whether the message, seen through a context that decodes its properties at most once, is taken. */
    boolean matches(SelectorContext message);

    /** True when {@link #matches} is true for every message, so dispatch may skip calling it. */
    boolean matchesEverything();
}

package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.selector.Selector;
import dev.petrel.selector.SelectorContext;
import dev.petrel.selector.SelectorSyntaxException;

/** A message selector as the {@link MessageFilter} destinations evaluate. Immutable. */
public final class SelectorFilter implements MessageFilter {

    private final Selector selector;

    private SelectorFilter(Selector selector) {
        this.selector = selector;
    }

    /**
     * @param selector the selector text; null or blank selects every message
     * @throws BrokerException INVALID_SELECTOR with the parser's message when it does not parse
     */
    public static MessageFilter parse(String selector) {
        if (selector == null || selector.isBlank()) {
            return MessageFilter.ALL;
        }
        try {
            Selector parsed = Selector.parse(selector);
            return parsed.matchesEverything() ? MessageFilter.ALL : new SelectorFilter(parsed);
        } catch (SelectorSyntaxException e) {
            throw new BrokerException(ErrorCode.INVALID_SELECTOR, e.getMessage());
        }
    }

    @Override
    public boolean matches(SelectorContext message) {
        return selector.matches(message);
    }

    @Override
    public boolean matchesEverything() {
        return false;
    }

    @Override
    public String toString() {
        return selector.toString();
    }
}

/**
 * The Jakarta Messaging message-selector language (Jakarta Messaging 3.1 §3.8.1): a hand-written lexer and
 * recursive-descent parser producing an immutable expression tree, and its evaluation with SQL three-valued
 * logic. {@link dev.petrel.selector.Selector} is the entry point, {@link dev.petrel.selector.SelectorContext}
 * supplies the header and property values of one message, {@link dev.petrel.selector.SelectorSyntaxException}
 * reports a bad selector with its position.
 *
 * <p>The broker evaluates selectors for queue consumers and topic subscriptions; the client parses them to
 * report a syntax error early. So this package must not import {@code jakarta.jms} (the broker never uses the
 * JMS API) nor {@code dev.petrel.jms..} (the client objects); it may use {@code dev.petrel.protocol} for the
 * wire form of a message. The language's rules and the choices made where the specification is silent are
 * written down in {@code docs/selectors.md}.
 */
package dev.petrel.selector;

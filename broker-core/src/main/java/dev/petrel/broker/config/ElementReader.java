package dev.petrel.broker.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * One element of a validated configuration document, read by the binder: its children, attributes and
 * text, parsed with a given parser. Whatever {@link IllegalArgumentException} a parser or record
 * constructor throws comes out as a {@link ConfigException} at the element's position, showing the
 * offending start tag: {@code broker.xml:7:52: <protocol maxFrameSize="lots">: expected a size ...}.
 */
final class ElementReader {

    private final Path file;
    private final Element element;

    ElementReader(Path file, Element element) {
        this.file = file;
        this.element = element;
    }

    /** The only child named {@code name}, if present (the schema allows at most one). */
    Optional<ElementReader> child(String name) {
        List<ElementReader> found = children(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The children named {@code name}, in document order. */
    List<ElementReader> children(String name) {
        List<ElementReader> found = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals(name)) {
                found.add(new ElementReader(file, child));
            }
        }
        return found;
    }

    /** The attribute parsed with {@code parser}, or {@code absent} if the attribute is not written. */
    <T> T attribute(String name, Function<String, ? extends T> parser, T absent) {
        if (!element.hasAttribute(name)) {
            return absent;
        }
        String value = element.getAttribute(name);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw error("<" + element.getTagName() + " " + name + "=\"" + value + "\">", e);
        }
    }

    /** The element's text, stripped of surrounding white space, parsed with {@code parser}. */
    <T> T text(Function<String, ? extends T> parser) {
        String text = element.getTextContent().strip();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            String tag = element.getTagName();
            throw error("<" + tag + ">" + text + "</" + tag + ">", e);
        }
    }

    /** Runs {@code build} (typically a record constructor), blaming this element if it rejects the values. */
    <T> T build(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(startTag(), e);
        }
    }

    private String startTag() {
        StringBuilder tag = new StringBuilder("<").append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            tag.append(' ').append(a.getNodeName()).append("=\"").append(a.getNodeValue()).append('"');
        }
        return tag.append('>').toString();
    }

    private ConfigException error(String shown, IllegalArgumentException cause) {
        ConfigException e = ConfigException.at(file, SourcePosition.of(element), shown + ": " + cause.getMessage());
        e.initCause(cause);
        return e;
    }
}

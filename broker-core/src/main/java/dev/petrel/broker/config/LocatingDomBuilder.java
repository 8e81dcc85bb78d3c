package dev.petrel.broker.config;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a DOM of elements, attributes and text from SAX events, recording on each element the
 * {@link SourcePosition} the parser reports for it — the usual way to get line numbers into a DOM,
 * which DOM parsers discard. Comments and processing instructions are dropped; configuration does not
 * need them. One instance builds one document, on the parsing thread.
 */
final class LocatingDomBuilder extends DefaultHandler {

    private final Document document;
    private final Deque<Node> open = new ArrayDeque<>();
    private Locator locator;

    LocatingDomBuilder(Document emptyDocument) {
        this.document = emptyDocument;
        open.push(emptyDocument);
    }

    /** The document built so far; complete once parsing returned without an exception. */
    Document document() {
        return document;
    }

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        Element element = document.createElement(qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            element.setAttribute(attributes.getQName(i), attributes.getValue(i));
        }
        position().attachTo(element);
        open.peek().appendChild(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        Node parent = open.peek();
        // Text directly under the document cannot occur in well-formed XML; guard anyway.
        if (parent != document) {
            parent.appendChild(document.createTextNode(new String(ch, start, length)));
        }
    }

    private SourcePosition position() {
        return locator == null ? SourcePosition.UNKNOWN
                : new SourcePosition(locator.getLineNumber(), locator.getColumnNumber());
    }
}

package dev.petrel.broker.config;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks the root element ahead of schema validation: for a wrong root, or a {@code <broker>} in a
 * namespace (common when copying from other brokers' files), the validator would only say it
 * "cannot find the declaration of element 'broker'"; this says what is expected instead. Passes all
 * events through unchanged. One instance serves one parse, on the parsing thread.
 */
final class RootElementFilter extends XMLFilterImpl {

    private static final String ROOT = "broker";

    private Locator locator;
    private boolean rootSeen;

    RootElementFilter(XMLReader parent) {
        super(parent);
    }

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
        super.setDocumentLocator(documentLocator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (!rootSeen) {
            rootSeen = true;
            if (!uri.isEmpty() || !localName.equals(ROOT)) {
                String found = uri.isEmpty() ? "<" + qName + ">" : "<" + qName + "> in namespace " + uri;
                throw new SAXParseException("expected the root element <" + ROOT + "> with no xmlns namespace, found "
                        + found, locator);
            }
        }
        super.startElement(uri, localName, qName, atts);
    }
}

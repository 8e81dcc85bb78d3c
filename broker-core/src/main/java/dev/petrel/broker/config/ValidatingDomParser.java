package dev.petrel.broker.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a configuration file in one pass: a SAX parser hardened against XXE feeds a
 * {@link RootElementFilter}, then the {@code broker.xsd} validator, then a {@link LocatingDomBuilder}.
 * The first syntax or schema error stops the read with a {@link ConfigException} at its line and
 * column. Stateless; the compiled schema is shared.
 */
final class ValidatingDomParser {

    private static final String SCHEMA_RESOURCE = "broker.xsd";

    // Xerces prefixes schema errors with the rule number ("cvc-complex-type.2.4.a: "), noise to a user.
    private static final Pattern RULE_PREFIX = Pattern.compile("^cvc-[\\w.-]+:\\s*");

    // Compiled once: a Schema is immutable and thread-safe.
    private static final Schema SCHEMA = loadSchema();

    private ValidatingDomParser() {
    }

    /** Parses and validates {@code file}, returning its DOM with positions on the elements. */
    static Document parse(Path file) {
        LocatingDomBuilder builder = new LocatingDomBuilder(newEmptyDocument());
        ErrorHandler failFast = new FailFast();
        ValidatorHandler validator = SCHEMA.newValidatorHandler();
        validator.setErrorHandler(failFast);
        validator.setContentHandler(builder);
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = new RootElementFilter(newSecureReader());
            reader.setErrorHandler(failFast);
            reader.setContentHandler(validator);
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            reader.parse(source);
        } catch (SAXParseException e) {
            SourcePosition at = new SourcePosition(e.getLineNumber(), e.getColumnNumber());
            throw ConfigException.at(file, at, RULE_PREFIX.matcher(e.getMessage()).replaceFirst(""));
        } catch (SAXException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file: " + e, e);
        }
        return builder.document();
    }

    /**
     * A namespace-aware SAX reader (the validator needs namespaces) that refuses any DOCTYPE, so that no
     * entity can read local files or reach the network (XXE) or expand without bound.
     */
    private static XMLReader newSecureReader() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature Petrel relies on", e);
        }
    }

    private static Document newEmptyDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK cannot create an empty DOM document", e);
        }
    }

    private static Schema loadSchema() {
        URL url = ValidatingDomParser.class.getResource(SCHEMA_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(SCHEMA_RESOURCE + " is missing beside " + ValidatingDomParser.class);
        }
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try (InputStream in = url.openStream()) {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load " + url, e);
        }
    }

    /** Stops at the first problem, warnings included (nothing is swallowed); later errors mostly echo the first. */
    private static final class FailFast implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}

package dev.petrel.jms;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;

/**
 * Java serialization of an ObjectMessage body, reading back only the classes {@link TrustedPackages} allows
 * (the check runs in {@code resolveClass}, before any class of the stream is loaded). Stateless.
 */
final class ObjectBodies {

    private ObjectBodies() {
    }

    /** The object's serialized form, or null for null; a copy taken now (ObjectMessage.setObject javadoc). */
    static byte[] serialize(Serializable object) throws JMSException {
        if (object == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            MessageFormatException failure = new MessageFormatException("cannot serialize the ObjectMessage body "
                    + object.getClass().getName() + ": " + e.getMessage());
            failure.setLinkedException(e);
            failure.initCause(e);
            throw failure;
        }
        return bytes.toByteArray();
    }

    /**
     * The object back from its serialized form.
     *
     * @throws MessageFormatException naming the class and the option that allows it when the class is not
     *                                trusted, or why deserialization failed (ObjectMessage.getObject javadoc)
     */
    static Serializable deserialize(byte[] body, TrustedPackages trusted) throws JMSException {
        if (body == null) {
            return null;
        }
        try (ObjectInputStream in = new TrustingInput(new ByteArrayInputStream(body), trusted)) {
            return (Serializable) in.readObject();
        } catch (RefusedClassException e) {
            MessageFormatException refused = new MessageFormatException(e.getMessage());
            refused.initCause(e);
            throw refused;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            MessageFormatException failure = new MessageFormatException("cannot deserialize the ObjectMessage "
                    + "body: " + e);
            failure.setLinkedException(e);
            failure.initCause(e);
            throw failure;
        }
    }

    /** Thrown out of {@code resolveClass} for a class the policy does not trust. */
    private static final class RefusedClassException extends InvalidClassException {
        private static final long serialVersionUID = 1L;

        RefusedClassException(String className) {
            super("the ObjectMessage body holds a " + className + ", which this client does not deserialize: "
                    + "trust its package with the connection URI option " + TrustedPackages.OPTION + "="
                    + packageOf(className) + " (comma-separated; '*' trusts every class)");
        }

        private static String packageOf(String className) {
            String name = className.replaceAll("^\\[+L?|;$", "");
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }
    }

    /** Resolves classes through the context class loader, after the policy allowed them. */
    private static final class TrustingInput extends ObjectInputStream {
        private final TrustedPackages trusted;

        TrustingInput(InputStream in, TrustedPackages trusted) throws IOException {
            super(in);
            this.trusted = trusted;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (!trusted.trusts(desc.getName())) {
                throw new RefusedClassException(desc.getName());
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // fall back to the default lookup below
                }
            }
            return super.resolveClass(desc);
        }

        @Override
        protected Class<?> resolveProxyClass(String[] interfaces) throws IOException, ClassNotFoundException {
            for (String name : interfaces) {
                if (!trusted.trusts(name)) {
                    throw new RefusedClassException(name);
                }
            }
            return super.resolveProxyClass(interfaces);
        }
    }
}

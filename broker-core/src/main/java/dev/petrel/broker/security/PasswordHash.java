package dev.petrel.broker.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The stored form of a password: {@code PBKDF2:iterations:salt:hash}, PBKDF2WithHmacSHA256 from the JDK with a
 * random 16-byte salt per user and a 256-bit hash, salt and hash in Base64. The iteration count travels in the
 * string, so it can be raised for new passwords without invalidating old ones. Stateless and thread-safe.
 */
public final class PasswordHash {

    /** The iteration count of new passwords (OWASP's figure for PBKDF2-HMAC-SHA512, more than enough here). */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String PREFIX = "PBKDF2";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** Hashes {@code password} with a fresh salt and {@code iterations} rounds. */
    public static String hash(char[] password, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from; compares in constant time.
     *
     * @throws IllegalArgumentException when {@code stored} is not of the form {@code PBKDF2:n:salt:hash}
     */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored.strip().split(":");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("a stored password must look like PBKDF2:ITERATIONS:SALT:HASH "
                    + "(written by ./petrel user add)");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            // NumberFormatException included; the message must not echo the stored string
            throw new IllegalArgumentException("a stored password has a bad iteration count, salt or hash; "
                    + "set it again with ./petrel user passwd", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}

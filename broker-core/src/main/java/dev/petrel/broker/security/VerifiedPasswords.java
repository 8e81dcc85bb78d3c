package dev.petrel.broker.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a password matched its stored PBKDF2 hash, so that an application that
 * opens many connections pays the deliberately slow hash once, not per connection. What it keeps is a SHA-256
 * over a random per-process key, the stored hash and the password: never the password, and useless after the
 * process ends. Thread-safe.
 */
final class VerifiedPasswords {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;
    private static final byte[] PROCESS_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(PROCESS_KEY);
    }

    private record Entry(byte[] digest, long expiresNanos) {
    }

    private static final Map<String, Entry> VERIFIED = new ConcurrentHashMap<>();

    private VerifiedPasswords() {
    }

    /** Whether {@code password} matches {@code stored}: from memory when it matched recently, else by hashing. */
    static boolean verify(char[] password, String stored) {
        byte[] digest = digest(password, stored);
        Entry known = VERIFIED.get(stored);
        long now = System.nanoTime();
        if (known != null && now - known.expiresNanos < 0 && MessageDigest.isEqual(known.digest, digest)) {
            return true;
        }
        boolean matches = PasswordHash.verify(password, stored);
        if (matches) {
            if (VERIFIED.size() >= MAX_ENTRIES) {
                VERIFIED.clear();
            }
            VERIFIED.put(stored, new Entry(digest, now + KEEP.toNanos()));
        }
        return matches;
    }

    private static byte[] digest(char[] password, String stored) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PROCESS_KEY);
            sha.update(stored.getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            if (bytes.hasArray()) {
                java.util.Arrays.fill(bytes.array(), (byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}

package dev.petrel.broker.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the users, roles and certificate-users files, and reads them again when they change on disk, so that
 * {@code petrel user add} takes effect without a restart. A missing file reads as empty. Thread-safe.
 */
final class PropertiesFiles {

    private record Loaded(FileTime modified, long size, Properties properties) {
    }

    private static final Map<Path, Loaded> CACHE = new ConcurrentHashMap<>();

    private PropertiesFiles() {
    }

    /**
     * The file's properties (a copy the caller may keep).
     *
     * @throws IOException when the file exists but cannot be read
     */
    static Properties read(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(key);
            size = Files.size(key);
        } catch (NoSuchFileException e) {
            CACHE.remove(key);
            return new Properties();
        }
        Loaded loaded = CACHE.get(key);
        if (loaded == null || !loaded.modified.equals(modified) || loaded.size != size) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(key, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            loaded = new Loaded(modified, size, properties);
            CACHE.put(key, loaded);
        }
        Properties copy = new Properties();
        copy.putAll(loaded.properties);
        return copy;
    }
}

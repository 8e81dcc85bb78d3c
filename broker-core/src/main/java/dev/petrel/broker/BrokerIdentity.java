package dev.petrel.broker;

import dev.petrel.broker.config.BrokerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The broker's identity, told to clients in the handshake: {@code XAResource.isSameRM} compares it, so it must
 * stay the same for as long as the broker's prepared branches do and differ between brokers, whatever their
 * names. A persistent broker keeps it in {@code <dataDirectory>/broker.id}, made at its first start; one without
 * persistence keeps no branch across a restart, so each start makes a new one. Read on the starting thread,
 * while the store's lock keeps other brokers off the data directory.
 */
final class BrokerIdentity {

    static final String FILE = "broker.id";

    private BrokerIdentity() {
    }

    static String of(BrokerConfig config) {
        String fresh = config.name() + "-" + UUID.randomUUID();
        if (!config.persistence().enabled()) {
            return fresh;
        }
        Path file = config.dataDirectory().resolve(FILE);
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (id.isEmpty()) {
                    throw new IllegalStateException(file.toAbsolutePath() + " is empty; it should hold this broker's "
                            + "identity. Restore it from a backup, or delete it to have a new one made (transaction "
                            + "managers then no longer find this broker's in-doubt XA branches under the old one)");
                }
                return id;
            }
            // Written whole or not at all: a crash half-way must not leave an identity of a few bytes.
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(FILE + ".partial");
            Files.writeString(partial, fresh + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the broker identity " + file.toAbsolutePath() + ": " + e
                    + "; check that the data directory is writable", e);
        }
    }
}

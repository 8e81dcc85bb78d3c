package dev.petrel.broker.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file of the store's directory, held while the store is open, so that two
 * brokers never open the same files. The system drops it the moment the process dies, so a broker restarted
 * after {@code kill -9} opens at once; HSQLDB's own heartbeat lock would make it wait about ten seconds,
 * which is why the HSQLDB URL turns that one off. Taken and released by the thread that opens and closes the
 * store.
 */
final class StoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException when another process (or this one) holds the lock */
    static StoreLock acquire(Path file) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file);
            }
            return new StoreLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(file);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e instanceof StoreException se ? se : new StoreException("could not lock " + file + ": " + e, e);
        }
    }

    private static StoreException inUse(Path file) {
        return new StoreException("the store is in use by another broker (it holds " + file
                + "); stop that broker or give this one another data directory");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing with the reason that matters; a failed close adds nothing to it.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("could not release the store lock: " + e, e);
        }
    }
}

package dev.latent.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds {@code latent.lock} in the data folder while a store is open, so a second Latent fails fast instead of
 * writing the same database. The OS drops the lock when the process dies, so a crash never leaves it stuck.
 */
final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "latent.lock";

    // Folders locked by this JVM. Checked before touching the lock file because closing any channel on a file may
    // release every lock the process holds on it (POSIX), including the one the open store holds.
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataDir) {
        Path key;
        try {
            key = dataDir.toRealPath();
        } catch (IOException e) {
            throw new StoreException("Cannot open the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (!HELD.add(key)) throw new StoreLockedException(dataDir);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) throw new StoreLockedException(dataDir);
            // Who holds it, for a person looking at the folder.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new InstanceLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(key);
            if (e instanceof StoreException se) throw se;
            if (Database.isDiskFull(e)) {
                throw new DiskFullException("Cannot lock the data folder " + dataDir + ": the disk is full. Free some space"
                        + " on the disk that holds it and try again; everything saved before is kept.", e);
            }
            throw new StoreException("Cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked through it
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            HELD.remove(key);
        }
    }
}

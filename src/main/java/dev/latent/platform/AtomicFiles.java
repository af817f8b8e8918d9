package dev.latent.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writing a file so that a crash leaves either the old content or the new, never half of one. */
public final class AtomicFiles {

    /** Temp files start with this, so folder watchers can ignore them. */
    public static final String TEMP_PREFIX = ".latent-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code bytes} in one step: a temp file in the same folder (same file system,
     * so the rename is atomic), fsync, rename, then fsync of the folder where the platform allows it.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            rename(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
    }

    /**
     * Gives a finished file (a database copy, a backup) its real name in one step: its content made durable first,
     * then the rename, then the folder, so a crash leaves either the old file or the whole new one.
     */
    public static void publish(Path finished, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(finished, StandardOpenOption.READ)) {
            channel.force(true);
        }
        rename(finished, target);
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING); // another file system: the best there is
        }
    }

    /** Makes the rename itself durable. Opening a folder for reading works on Linux and macOS, not Windows. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename anyway.
        }
    }
}

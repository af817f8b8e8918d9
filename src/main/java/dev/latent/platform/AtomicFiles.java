package dev.latent.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Writing a file so that a crash leaves either the old content or the new, never half of one. */
public final class AtomicFiles {

    /** Temp files start with this, so folder watchers can ignore them. */
    public static final String TEMP_PREFIX = ".latent-";
    private static final String TEMP_SUFFIX = ".tmp";
    /** As Linux's limit on links followed in one path. */
    private static final int MAX_LINK_HOPS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code bytes} in one step: a temp file in the same folder (same file system,
     * so the rename is atomic), fsync, rename, then fsync of the folder where the platform allows it. The file gets
     * the permissions a newly created file gets (the umask), or keeps those of the file it replaces; a symbolic link
     * is written through, to its target, and stays a link.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, false);
    }

    /**
     * {@link #write}, readable and writable by the owner only, whatever the umask: for the learner's own files that
     * are nobody else's business (settings, window placement).
     */
    public static void writePrivate(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    private static void write(Path file, byte[] bytes, boolean ownerOnly) throws IOException {
        Path target = throughLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, ownerOnly);
        try {
            if (!ownerOnly) keepPermissions(target, temp);
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

    /** Where a symbolic link (or a chain of them) finally points; renaming onto the link would replace it. */
    private static Path throughLinks(Path file) throws IOException {
        Path target = file;
        for (int hops = 0; hops < MAX_LINK_HOPS && Files.isSymbolicLink(target); hops++) {
            target = target.resolveSibling(Files.readSymbolicLink(target)).toAbsolutePath();
        }
        return target;
    }

    /**
     * A new empty temp file. Not {@link Files#createTempFile}, which makes every file owner-only (0600): a file
     * created without attributes gets the umask's permissions, as any program's new file does.
     */
    private static Path createTemp(Path folder, boolean ownerOnly) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = ownerOnly && posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        while (true) {
            Path temp = folder.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** An overwritten file keeps its permissions (a shared 0644 file stays shared). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the folder's defaults
        }
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

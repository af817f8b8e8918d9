package dev.latent.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The one home of write-then-rename: a finished file takes its real name whole, replacing what was there. */
class AtomicFilesPublishTest {

    @TempDir
    Path dir;

    @Test
    void aFinishedFileReplacesTheTargetAndLeavesNoTemporary() throws Exception {
        Path target = dir.resolve("latent.db");
        Files.writeString(target, "old");
        Path finished = dir.resolve("latent.db.restoring");
        Files.writeString(finished, "new content");
        AtomicFiles.publish(finished, target);
        assertEquals("new content", Files.readString(target));
        assertFalse(Files.exists(finished));
    }

    @Test
    void writeReplacesInOneStep() throws Exception {
        Path file = dir.resolve("settings.json");
        AtomicFiles.write(file, "{}".getBytes());
        AtomicFiles.write(file, "{\"a\":1}".getBytes());
        assertEquals("{\"a\":1}", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary left beside it");
        }
    }

    @Test
    void privateFilesStayOwnerOnlyWhateverTheyReplace() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path settings = Files.writeString(dir.resolve("settings.json"), "{}");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writePrivate(settings, "{\"a\":1}".getBytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(settings)));
        Path fresh = dir.resolve("window.json");
        AtomicFiles.writePrivate(fresh, "{}".getBytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }
}

package dev.latent.interchange;

import com.github.luben.zstd.ZstdIOException;
import com.github.luben.zstd.ZstdInputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The archive side of an Anki package: one streaming pass over the zip that checks every entry (safe names, entry
 * count, what each entry really unpacks to), keeps the {@code meta} and {@code media} entries, and extracts the
 * newest collection it holds (decompressing {@code collection.anki21b}) into a working folder.
 */
final class ApkgArchive {

    /** The newest package format version this importer reads, from the {@code meta} entry (Anki's PackageMetadata.Version). */
    static final int META_LATEST = 3;

    private ApkgArchive() {
    }

    /** The extracted collection, whether it is the current format, and how many media files the package holds. */
    record Extracted(Path apkg, Path collection, boolean current, int mediaFiles, byte[] mediaList) {
    }

    /** Streams through the archive once, checking every entry, and extracts the newest collection it holds. */
    static Extracted extract(Path file, Path folder, ApkgImport.Limits limits) throws ApkgException, IOException {
        String name = file.toString();
        Path anki21b = folder.resolve("collection.anki21b.zst");
        Path anki21 = folder.resolve("collection.anki21");
        Path anki2 = folder.resolve("collection.anki2");
        Set<Path> found = new HashSet<>();
        byte[] meta = null;
        byte[] mediaList = null;
        int mediaFiles = 0;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new ApkgException(name + ": more than " + limits.maxEntries() + " archive entries");
                }
                String entryName = entry.getName();
                if (!isSafeEntryName(entryName)) {
                    throw new ApkgException(name + ": unsafe archive entry \"" + printable(entryName) + "\" (path traversal); refusing the package");
                }
                boolean collection = entryName.startsWith("collection.");
                long left = limits.maxTotalUncompressed() - total;
                long limit = collection ? Math.min(left, limits.maxCollectionBytes()) : left;
                String tooBig = collection && limits.maxCollectionBytes() <= left
                        ? megabytes(limits.maxCollectionBytes()) + " a collection may have"
                        : megabytes(limits.maxTotalUncompressed()) + " a package may hold";
                Path target = switch (entryName) {
                    case "collection.anki21b" -> anki21b;
                    case "collection.anki21" -> anki21;
                    case "collection.anki2" -> anki2;
                    default -> null;
                };
                if (target != null && !found.add(target)) throw new ApkgException(name + ": duplicate archive entry " + entryName);
                long size;
                if (target != null) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        size = copyBounded(zip, out, limit, name, entryName, tooBig);
                    }
                } else if (entryName.equals("meta")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    size = copyBounded(zip, bytes, 4096, name, entryName, "4096 bytes a meta entry may have");
                    meta = bytes.toByteArray();
                } else if (entryName.equals("media")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    size = copyBounded(zip, bytes, Math.min(limit, ApkgMedia.MAX_MAP_BYTES), name, entryName, tooBig);
                    mediaList = bytes.toByteArray();
                } else {
                    size = copyBounded(zip, OutputStream.nullOutputStream(), limit, name, entryName, tooBig);
                    if (!entry.isDirectory()) mediaFiles++;
                }
                total += size;
            }
        } catch (ZipException e) {
            throw new ApkgException(name + ": not a valid .apkg (zip) file: " + e.getMessage());
        }
        if (entries == 0) throw new ApkgException(name + ": not a .apkg file (no archive entries)");
        long version = meta == null ? 0 : Protobuf.read(meta, name).varint(1);
        if (version > META_LATEST) {
            throw new ApkgException(name + ": made by a newer Anki than this importer knows (package version " + version
                    + "); export it again from Anki with \"Support older Anki versions\" ticked");
        }
        if (found.contains(anki21b)) {
            Path collection = folder.resolve("collection.anki21b");
            try (InputStream in = new ZstdInputStream(Files.newInputStream(anki21b));
                 OutputStream out = Files.newOutputStream(collection)) {
                copyBounded(in, out, Math.min(limits.maxCollectionBytes(), limits.maxTotalUncompressed() - total), name,
                        "collection.anki21b", megabytes(limits.maxCollectionBytes()) + " a collection may have");
            } catch (ZstdIOException e) {
                throw new ApkgException(name + ": collection.anki21b is not valid zstd data: " + e.getMessage());
            }
            return new Extracted(file, collection, true, mediaFiles, mediaList);
        }
        if (version == META_LATEST) throw new ApkgException(name + ": the package says it is in the current format but has no collection.anki21b");
        // Anki 2.1 writes a placeholder collection.anki2 beside the real one
        if (found.contains(anki21)) return new Extracted(file, anki21, false, mediaFiles, mediaList);
        if (found.contains(anki2)) return new Extracted(file, anki2, false, mediaFiles, mediaList);
        throw new ApkgException(name + ": no collection (collection.anki21b, .anki21 or .anki2) in the package");
    }

    /** Plain relative names only: no parent steps, no absolute or drive paths, no backslashes or control characters. */
    static boolean isSafeEntryName(String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")) return false;
        for (char c : entryName.toCharArray()) if (c < 0x20 || c == 0x7F) return false;
        for (String part : entryName.split("/", -1)) if (part.equals("..")) return false;
        return true;
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}]", "?");
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Copies while counting what was actually decompressed: a zip's declared sizes can lie. */
    private static long copyBounded(InputStream in, OutputStream out, long limit, String file, String entry, String tooBig)
            throws IOException, ApkgException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            copied += read;
            if (copied > limit) {
                throw new ApkgException(file + ": archive entry " + printable(entry) + " unpacks to more than the " + tooBig);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }
}

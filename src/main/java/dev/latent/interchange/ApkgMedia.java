package dev.latent.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.luben.zstd.ZstdInputStream;
import dev.latent.deck.DeckValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The images an Anki package's notes show, read from the package so that they can be kept as files beside the
 * imported deck. Anki names each media file in the archive by a number and keeps the real names in the
 * {@code media} entry: a JSON object {@code {"0": "heart.png"}} in legacy packages, a zstd-compressed protobuf
 * list ({@code MediaEntries}) in current ones, whose numbered entries are zstd-compressed too.
 */
final class ApkgMedia {

    /** The folder beside the deck file that imported images go into; the question names them relative to the deck. */
    static final String FOLDER = "media";
    /** An image larger than this (once decompressed) is not kept. */
    static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    /** What one import keeps in all, since the images are held in memory until the deck is saved. */
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** Bound on the media list itself (a few dozen bytes per file). */
    static final int MAX_MAP_BYTES = 32 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

    /** Why an image a note shows was not kept, as the import report says it. */
    enum Dropped {
        NOT_IN_PACKAGE("not in the package"),
        TOO_LARGE("larger than " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB"),
        FORMAT("not a format the app shows (png, jpg, gif, bmp)"),
        SECOND_ON_SIDE("a second image on one side (a card shows one)"),
        TOO_MUCH("over the " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB of images one import keeps");

        private final String text;

        Dropped(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private ApkgMedia() {
    }

    /** Anki's media list as file name to archive entry name; empty when the package has none. */
    static Map<String, String> entryNames(byte[] media, String source) throws ApkgException {
        Map<String, String> entries = new HashMap<>();
        if (media == null || media.length == 0) return entries;
        byte[] bytes = media;
        if (isZstd(bytes)) {
            try (InputStream in = new ZstdInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(MAX_MAP_BYTES + 1);
            } catch (IOException e) {
                throw new ApkgException(source + ": the media list is not valid zstd data: " + e.getMessage());
            }
            if (bytes.length > MAX_MAP_BYTES) throw new ApkgException(source + ": the media list is too large");
        }
        if (bytes.length == 0) return entries;
        String start = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.UTF_8).strip();
        if (start.startsWith("{")) {
            try {
                JsonNode map = MAPPER.readTree(bytes);
                map.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) entries.putIfAbsent(e.getValue().asText(), e.getKey());
                });
            } catch (IOException e) {
                throw new ApkgException(source + ": the media list is not valid JSON: " + e.getMessage());
            }
            return entries;
        }
        // message MediaEntries { repeated MediaEntry entries = 1; }
        // message MediaEntry { string name = 1; uint32 size = 2; bytes sha1 = 3; optional uint32 legacy_zip_filename = 255; }
        List<byte[]> list = Protobuf.read(bytes, source).all(1);
        for (int i = 0; i < list.size(); i++) {
            Protobuf entry = Protobuf.read(list.get(i), source);
            String name = entry.string(1);
            long legacy = entry.varint(255);
            if (!name.isEmpty()) entries.putIfAbsent(name, String.valueOf(legacy > 0 ? legacy : i));
        }
        return entries;
    }

    /** The image file names a field's HTML shows, in order, as Anki stores them ({@code <img src="a b.png">}). */
    static List<String> imageSources(String html) {
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) return List.of();
        Set<String> sources = new LinkedHashSet<>();
        for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
            String src = img.attr("src").strip();
            if (!src.isEmpty() && !src.contains(":") && !src.startsWith("/")) sources.add(src);
        }
        return new ArrayList<>(sources);
    }

    /** A kept image: its path relative to the deck folder and its bytes. */
    record Image(String path, byte[] bytes) {
    }

    /**
     * Reads the wanted images from the package: each found, decompressed, bounded and of a format the app shows is
     * kept under {@link #FOLDER} with a name safe on every system; the others are counted in {@code dropped}.
     *
     * @return Anki's file name to the image kept for it
     */
    static Map<String, Image> read(Path apkg, Set<String> wanted, Map<String, String> entryNames,
                                   Map<Dropped, Integer> dropped, String source) throws ApkgException {
        Map<String, String> wantedByEntry = new HashMap<>();
        // The name the package gives the file ("two words.png", not the card's "two%20words.png"): the file is named after it.
        Map<String, String> mediaNameByEntry = new HashMap<>();
        for (String name : wanted) {
            String mediaName = name;
            String entry = entryNames.get(name);
            if (entry == null) {
                mediaName = percentDecoded(name);
                entry = entryNames.get(mediaName);
            }
            if (entry == null) {
                dropped.merge(Dropped.NOT_IN_PACKAGE, 1, Integer::sum);
            } else if (!DeckValidator.IMAGE_EXTENSIONS.contains(extension(name))) {
                dropped.merge(Dropped.FORMAT, 1, Integer::sum);
            } else {
                wantedByEntry.put(entry, name);
                mediaNameByEntry.put(entry, mediaName);
            }
        }
        Map<String, Image> kept = new LinkedHashMap<>();
        if (wantedByEntry.isEmpty()) return kept;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = wantedByEntry.remove(entry.getName());
                if (name == null) continue;
                String mediaName = mediaNameByEntry.get(entry.getName());
                byte[] bytes = bounded(zip);
                if (bytes == null) {
                    dropped.merge(Dropped.TOO_LARGE, 1, Integer::sum);
                } else if (total + bytes.length > MAX_TOTAL_BYTES) {
                    dropped.merge(Dropped.TOO_MUCH, 1, Integer::sum);
                } else {
                    total += bytes.length;
                    kept.put(name, new Image(FOLDER + "/" + fileName(mediaName, bytes), bytes));
                }
            }
        } catch (ZipException e) {
            throw new ApkgException(source + ": not a valid .apkg (zip) file: " + e.getMessage());
        } catch (IOException e) {
            throw new ApkgException(source + ": cannot read an image in the package: " + e.getMessage());
        }
        if (!wantedByEntry.isEmpty()) dropped.merge(Dropped.NOT_IN_PACKAGE, wantedByEntry.size(), Integer::sum);
        return kept;
    }

    /** Anki writes some names percent-encoded in {@code src} ({@code a%20b.png}); the name itself when it is not. */
    private static String percentDecoded(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The entry's bytes, decompressed when zstd-compressed; null when larger than {@link #MAX_IMAGE_BYTES}. */
    static byte[] bounded(InputStream entry) throws IOException {
        // Shielded from close: a zstd reader closes what it reads when closed, and when collected unclosed (its
        // finalizer), which closed the whole package mid-read once a large image had been read only in part.
        InputStream in = new BufferedInputStream(new FilterInputStream(entry) {
            @Override
            public void close() {
                // the zip stream is closed by its owner
            }
        });
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        byte[] bytes;
        if (isZstd(head)) {
            try (InputStream content = new ZstdInputStream(in)) {
                bytes = content.readNBytes((int) MAX_IMAGE_BYTES + 1);
            }
        } else {
            bytes = in.readNBytes((int) MAX_IMAGE_BYTES + 1);
        }
        return bytes.length > MAX_IMAGE_BYTES ? null : bytes;
    }

    /**
     * A file name that is the same on every system and never clashes: letters, digits, '.', '_' and '-' from
     * Anki's name, after a short hash of the content (two different images of one name stay two files; the same
     * image imported twice stays one).
     */
    static String fileName(String ankiName, byte[] bytes) {
        String extension = extension(ankiName);
        String stem = ankiName.substring(0, ankiName.length() - extension.length() - 1);
        stem = stem.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
        if (stem.length() > 60) stem = stem.substring(0, 60);
        if (stem.isEmpty()) stem = "image";
        return sha1(bytes).substring(0, 10) + "-" + stem + "." + extension;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isZstd(byte[] bytes) {
        if (bytes.length < 4) return false;
        for (int i = 0; i < 4; i++) if (bytes[i] != ZSTD_MAGIC[i]) return false;
        return true;
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}

package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.latent.interchange.AnkiPackageBuilder.zip;
import static dev.latent.interchange.AnkiPackageBuilder.unzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApkgImportTest {

    static final Path BUNDLED = ApkgExportTest.BUNDLED;

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private ApkgException failure(Path file) {
        return assertThrows(ApkgException.class, () -> ApkgImport.read(file, null));
    }

    @Test
    void readsBackWhatTheExportWrote() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Path apkg = file("deck.apkg", ApkgExport.toBytes(deck, Instant.now()));
        Deck back = ApkgImport.read(apkg, null);
        assertEquals("Autoencoders and GANs", back.title(), "the Anki deck's name");
        assertEquals("autoencoders-and-gans", back.id());
        assertEquals(deck.size(), back.size());
        for (int i = 0; i < deck.size(); i++) {
            Question want = deck.questions().get(i);
            Question got = back.questions().get(i);
            assertEquals(want.prompt(), got.prompt());
            assertEquals(want.answer(), got.answer());
            assertEquals(want.tags(), got.tags());
        }
        assertEquals(back, ApkgImport.read(apkg, null), "ids from guids are stable");
    }

    @Test
    void prefersCollectionAnki21OverTheLegacyPlaceholder() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        byte[] real = unzip(ApkgExport.toBytes(deck, Instant.now())).get("collection.anki2");
        Deck placeholder = new Deck("p", "Placeholder", "", List.of(new Question("q", "Please update Anki",
                new dev.latent.deck.ModelAnswer("x", List.of(), ""), List.of(), null, List.of())), "m");
        byte[] old = unzip(ApkgExport.toBytes(placeholder, Instant.now())).get("collection.anki2");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("collection.anki2", old);
        entries.put("collection.anki21", real);
        entries.put("media", "{}".getBytes(StandardCharsets.UTF_8));
        Deck back = ApkgImport.read(file("both.apkg", zip(entries)), new AnkiText.ImportOptions("mine", "Mine"));
        assertEquals(deck.size(), back.size());
        assertEquals("mine", back.id());
        assertEquals("Mine", back.title());
    }

    @Test
    void reducesHtmlInFieldsToTextAndNeverKeepsScripts() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Map<String, byte[]> entries = unzip(ApkgExport.toBytes(deck, Instant.now()));
        Path collection = Files.write(dir.resolve("c.anki2"), entries.get("collection.anki2"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection);
             Statement statement = db.createStatement()) {
            statement.executeUpdate("update notes set flds = '<script>alert(1)</script><b>Bold</b> &amp; front'"
                    + " || char(31) || 'Back<style>x{}</style><ul><li>p&#49;</li></ul>' where id = (select min(id) from notes)");
        }
        entries.put("collection.anki2", Files.readAllBytes(collection));
        Deck back = ApkgImport.read(file("edited.apkg", zip(entries)), null);
        Question first = back.questions().get(0);
        assertEquals("Bold & front", first.prompt());
        assertEquals("Back", first.answer().intro());
        assertEquals(List.of("p1"), first.answer().points());
    }

    @Test
    void rejectsEntriesThatTraversePaths() throws Exception {
        for (String evil : List.of("../evil.txt", "media/../../evil.txt", "/etc/evil", "C:/evil", "a\\..\\evil", "..")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("media", "{}".getBytes(StandardCharsets.UTF_8));
            entries.put(evil, "pwned".getBytes(StandardCharsets.UTF_8));
            ApkgException error = failure(file("evil.apkg", zip(entries)));
            assertTrue(error.getMessage().contains("unsafe archive entry"), evil + ": " + error.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
    }

    @Test
    void boundsEntryCountAndUncompressedSize() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Map<String, byte[]> entries = new LinkedHashMap<>(unzip(ApkgExport.toBytes(deck, Instant.now())));
        for (int i = 0; i < 20; i++) entries.put(String.valueOf(i), new byte[]{1});
        Path many = file("many.apkg", zip(entries));
        ApkgImport.Limits fewEntries = new ApkgImport.Limits(1 << 30, 10, 1 << 30, 1 << 30);
        assertTrue(assertThrows(ApkgException.class, () -> ApkgImport.read(many, null, fewEntries))
                .getMessage().contains("more than 10 archive entries"));

        // A zip bomb in miniature: 8 MB of zeros compresses to a few KB; the declared size is not trusted.
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("collection.anki2", new byte[8 * 1024 * 1024]);
        Path bombFile = file("bomb.apkg", zip(bomb));
        assertTrue(Files.size(bombFile) < 100_000);
        ApkgImport.Limits small = new ApkgImport.Limits(1 << 30, 100, 1024 * 1024, 1 << 30);
        assertTrue(assertThrows(ApkgException.class, () -> ApkgImport.read(bombFile, null, small))
                .getMessage().contains("unpacks to more than the 1 MB a collection may have"));
        bomb.clear();
        bomb.put("0", new byte[4 * 1024 * 1024]);
        bomb.put("1", new byte[4 * 1024 * 1024]);
        Path mediaBomb = file("media-bomb.apkg", zip(bomb));
        ApkgImport.Limits smallTotal = new ApkgImport.Limits(1 << 30, 100, 1 << 30, 6 * 1024 * 1024);
        assertTrue(assertThrows(ApkgException.class, () -> ApkgImport.read(mediaBomb, null, smallTotal))
                .getMessage().contains("a package may hold"));
        ApkgImport.Limits tinyFile = new ApkgImport.Limits(100, 100, 1 << 30, 1 << 30);
        assertTrue(assertThrows(ApkgException.class, () -> ApkgImport.read(many, null, tinyFile))
                .getMessage().contains("file is larger than 100 bytes"));
    }

    @Test
    void rejectsFilesThatAreNotAnkiPackages() throws Exception {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        assertTrue(failure(file("garbage.apkg", garbage)).getMessage().contains("apkg"));
        assertTrue(failure(file("empty.apkg", new byte[0])).getMessage().contains("no archive entries"));
        assertTrue(failure(dir.resolve("missing.apkg")).getMessage().endsWith("missing.apkg: no such file"));

        Map<String, byte[]> newer = new LinkedHashMap<>();
        newer.put("collection.anki21b", new byte[]{40, -75, 47, -3});
        newer.put("meta", new byte[]{8, 3});
        String truncated = failure(file("newer.apkg", zip(newer))).getMessage();
        assertTrue(truncated.contains("collection.anki21b"), truncated);

        assertTrue(failure(file("nocol.apkg", zip(Map.of("media", "{}".getBytes(StandardCharsets.UTF_8)))))
                .getMessage().contains("no collection (collection.anki21b, .anki21 or .anki2)"));
        assertTrue(failure(file("notsqlite.apkg", zip(Map.of("collection.anki2", "hello".getBytes(StandardCharsets.UTF_8)))))
                .getMessage().contains("not a readable Anki collection"));

        Path emptyDb = dir.resolve("empty.anki2");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + emptyDb); Statement s = db.createStatement()) {
            s.execute("create table other (x)");
        }
        assertTrue(failure(file("nottables.apkg", zip(Map.of("collection.anki2", Files.readAllBytes(emptyDb)))))
                .getMessage().contains("not an Anki collection (no col table)"));
    }
}

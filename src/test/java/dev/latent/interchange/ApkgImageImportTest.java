package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images an Anki note shows are kept as files beside the imported deck and named by its questions, from legacy
 * packages (JSON media list, plain entries) and current ones (zstd protobuf media list, zstd entries) alike.
 */
class ApkgImageImportTest {

    @TempDir
    Path dir;

    static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) for (int y = 0; y < 3; y++) image.setRGB(x, y, color.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Path write(String format, AnkiPackageBuilder anki) throws Exception {
        byte[] bytes = format.equals("current") ? anki.current(dir) : anki.legacy(dir);
        return Files.write(dir.resolve(format + ".apkg"), bytes);
    }

    @ParameterizedTest(name = "{0} package")
    @ValueSource(strings = {"legacy", "current"})
    void imagesOfPromptAndAnswerAreSavedBesideTheDeckAndNamedByTheQuestion(String format) throws Exception {
        byte[] red = png(Color.RED);
        byte[] blue = png(Color.BLUE);
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic().deck(2001, "Shapes")
                .note(1001, 2001, "g1", "", List.of(0), "Which colour? <img src=\"red dot.png\">", "Red <img src=\"answer&amp;key.png\">")
                .note(1001, 2001, "g2", "", List.of(0), "Plain question", "Plain answer")
                .media("red dot.png", red)
                .media("answer&key.png", blue);
        ApkgImport.Result result = ApkgImport.importPackage(write(format, anki), ApkgImport.Options.DEFAULT);

        Deck deck = result.decks().get(0);
        Question pictured = deck.questions().get(0);
        assertEquals("Which colour?", pictured.prompt());
        assertTrue(pictured.promptImage().matches("media/[0-9a-f]{10}-red_dot\\.png"), pictured.promptImage());
        assertTrue(pictured.answerImage().matches("media/[0-9a-f]{10}-answer_key\\.png"), pictured.answerImage());
        assertNull(deck.questions().get(1).promptImage());
        assertArrayEquals(red, result.images().get(pictured.promptImage()));
        assertArrayEquals(blue, result.images().get(pictured.answerImage()));
        assertTrue(result.report().lines().contains("Images: 2 kept beside the deck."), result.report().lines().toString());
        assertEquals(2, result.report().imagesKept());

        // Saved as the app and the CLI save an import: the images beside the deck file, the deck naming them.
        DeckFolder folder = new DeckFolder(dir.resolve("decks"));
        folder.saveImages(result.images());
        DeckFolder.Saved saved = folder.save(deck, false);
        Question loaded = DeckLoader.load(saved.file()).questions().get(0);
        Path deckFolder = saved.file().getParent();
        assertArrayEquals(red, Files.readAllBytes(deckFolder.resolve(loaded.promptImage())));
        assertArrayEquals(blue, Files.readAllBytes(deckFolder.resolve(loaded.answerImage())));
        assertEquals(deckFolder.resolve("media"), deckFolder.resolve(loaded.promptImage()).getParent());
        // Importing again leaves the same files as they are.
        folder.saveImages(result.images());
        try (var files = Files.list(deckFolder.resolve("media"))) {
            assertEquals(2, files.count());
        }
    }

    @ParameterizedTest(name = "{0} package")
    @ValueSource(strings = {"legacy", "current"})
    void imagesThatCannotBeKeptAreCountedWithTheirReasonAndTheTextIsStillImported(String format) throws Exception {
        byte[] huge = new byte[(int) ApkgMedia.MAX_IMAGE_BYTES + 1];
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .note(1001, 1, "a", "", List.of(0), "Huge? <img src=\"huge.png\">", "yes")
                .note(1001, 1, "b", "", List.of(0), "Missing? <img src=\"gone.png\">", "yes")
                .note(1001, 1, "c", "", List.of(0), "Vector? <img src=\"shape.svg\">", "yes")
                .note(1001, 1, "d", "", List.of(0), "Two? <img src=\"one.png\"><img src=\"two.png\">", "yes")
                .media("huge.png", huge)
                .media("shape.svg", "<svg/>".getBytes())
                .media("one.png", png(Color.GREEN))
                .media("two.png", png(Color.BLACK));
        ApkgImport.Result result = ApkgImport.importPackage(write(format, anki), ApkgImport.Options.DEFAULT);

        Deck deck = result.decks().get(0);
        assertEquals(4, deck.size());
        for (int i = 0; i < 3; i++) assertNull(deck.questions().get(i).promptImage(), deck.questions().get(i).prompt());
        assertTrue(deck.questions().get(3).promptImage().endsWith("-one.png"));
        assertEquals(1, result.images().size());
        assertEquals(Map.of("larger than 10 MB", 1, "not in the package", 1,
                "not a format the app shows (png, jpg, gif, bmp)", 1, "a second image on one side (a card shows one)", 1),
                result.report().imagesDropped());
        String lines = String.join("\n", result.report().lines());
        assertTrue(lines.contains("Images: 1 kept beside the deck, 4 dropped ("), lines);
        assertTrue(lines.contains("1 larger than 10 MB"), lines);
    }

    @ParameterizedTest(name = "{0} package")
    @ValueSource(strings = {"legacy", "current"})
    void percentEncodedNamesAreFoundAndAStrayPercentSignIsNoError(String format) throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .note(1001, 1, "a", "", List.of(0), "Encoded? <img src=\"two%20words.png\">", "yes")
                .note(1001, 1, "b", "", List.of(0), "Percent? <img src=\"100%.png\">", "yes")
                .media("two words.png", png(Color.RED));
        ApkgImport.Result result = ApkgImport.importPackage(write(format, anki), ApkgImport.Options.DEFAULT);
        String image = result.decks().get(0).questions().get(0).promptImage();
        assertTrue(image != null && image.endsWith("-two_words.png"), image + " / " + result.report().lines());
        assertNull(result.decks().get(0).questions().get(1).promptImage());
        assertEquals(Map.of("not in the package", 1), result.report().imagesDropped());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a/../b.png", "../x.png", "/abs.png"})
    void aDeckFolderRefusesImagePathsThatLeaveIt(String path) {
        DeckFolder folder = new DeckFolder(dir.resolve("decks"));
        assertThrowsFolder(() -> folder.saveImages(Map.of(path, new byte[]{1})));
        assertTrue(Files.notExists(dir.resolve("x.png")) && Files.notExists(Path.of("/abs.png")));
    }

    private static void assertThrowsFolder(org.junit.jupiter.api.function.Executable call) {
        org.junit.jupiter.api.Assertions.assertThrows(dev.latent.deck.folder.DeckFolderException.class, call);
    }

    @Test
    void readingAPartOfACompressedImageNeverClosesThePackage() throws Exception {
        // A zstd reader closes what it reads when it is closed or collected; the package's zip stream must outlive it
        // (an image too large to keep is read only in part, and the next entries are read after it).
        boolean[] closed = {false};
        java.io.InputStream entry = new java.io.ByteArrayInputStream(
                com.github.luben.zstd.Zstd.compress(new byte[(int) ApkgMedia.MAX_IMAGE_BYTES + 1])) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertNull(ApkgMedia.bounded(entry), "too large to keep");
        System.gc();
        System.runFinalization();
        assertFalse(closed[0], "the package's stream was closed by the image's reader");
    }
}

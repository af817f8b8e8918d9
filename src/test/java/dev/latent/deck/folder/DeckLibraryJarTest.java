package dev.latent.deck.folder;

import dev.latent.deck.Deck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bundled decks read from inside a jar, as the runnable jar holds them, the same as from a folder of classes. */
class DeckLibraryJarTest {

    private static final Path BUNDLED = Path.of(System.getProperty("latent.questions", "questions"));

    @Test
    void theBundledFolderInAJarLoadsTheDecksDirectlyInItAndNothingElse(@TempDir Path dir) throws IOException {
        String deck = Files.readString(BUNDLED.resolve("autoencoders-gans.json"));
        Path jar = dir.resolve("app with space.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "questions/", null);
            put(out, "questions/deck.schema.json", Files.readString(BUNDLED.resolve("deck.schema.json")));
            put(out, "questions/zz-broken.json", "{\"id\": \"broken\", \"questions\": [");
            put(out, "questions/autoencoders-gans.json", deck);
            put(out, "questions/nested/other.json", deck.replace("\"autoencoders-gans\"", "\"nested\""));
            put(out, "other/elsewhere.json", deck.replace("\"autoencoders-gans\"", "\"elsewhere\""));
            put(out, "questions-not/x.json", deck.replace("\"autoencoders-gans\"", "\"x\""));
        }
        URL folder = new URL("jar:" + jar.toUri() + "!/questions");

        DeckCatalog inJar = DeckLibrary.loadBundled(folder);
        DeckCatalog inFolder = DeckLibrary.loadBundled(BUNDLED.toUri().toURL());

        assertEquals(List.of("autoencoders-gans"), inJar.decks().stream().map(Deck::id).toList());
        assertEquals(inFolder.decks().get(0).questions(), inJar.decks().get(0).questions());
        assertEquals("questions/autoencoders-gans.json", inJar.decks().get(0).source());
        assertEquals(1, inJar.failures().size());
        assertEquals("questions/zz-broken.json", inJar.failures().get(0).source());
        assertTrue(inFolder.failures().isEmpty());
    }

    @Test
    void anUnreadableJarIsOneFailureNotAnException(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("gone.jar");
        DeckCatalog catalog = DeckLibrary.loadBundled(new URL("jar:" + jar.toUri() + "!/questions"));
        assertTrue(catalog.decks().isEmpty());
        assertEquals(1, catalog.failures().size());
        assertTrue(catalog.failures().get(0).problems().get(0).message().startsWith("cannot read the bundled decks"));
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

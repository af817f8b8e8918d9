package dev.latent.deck.folder;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.json.DeckLoader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and loads decks: the bundled ones shipped in the app (resource folder {@code questions/}) and the
 * learner's own deck folder. A bad deck never stops the others from loading: it becomes a
 * {@link DeckFailure} that the app shows.
 */
public final class DeckLibrary {

    /** Where bundled decks sit on the class path; the build copies the repository's questions/ there. */
    public static final String BUNDLED_FOLDER = "questions";

    private DeckLibrary() {
    }

    /** Loads the bundled decks, then every {@code *.json} deck in {@code userDeckDir} (which may not exist). */
    public static DeckCatalog loadAll(Path userDeckDir) {
        List<Deck> decks = new ArrayList<>();
        List<DeckFailure> failures = new ArrayList<>();
        Map<String, String> sourceById = new HashMap<>();
        for (LoadAttempt attempt : bundled()) attempt.addTo(decks, failures, sourceById);
        for (Path file : deckFiles(userDeckDir)) loadFile(file).addTo(decks, failures, sourceById);
        return new DeckCatalog(decks, failures);
    }

    /** Loads every deck file of one folder, in name order. */
    public static DeckCatalog loadFolder(Path folder) {
        List<Deck> decks = new ArrayList<>();
        List<DeckFailure> failures = new ArrayList<>();
        Map<String, String> sourceById = new HashMap<>();
        for (Path file : deckFiles(folder)) loadFile(file).addTo(decks, failures, sourceById);
        return new DeckCatalog(decks, failures);
    }

    /** Deck files of a folder: {@code *.json} except JSON Schema files, sorted by name. */
    static List<Path> deckFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return files;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                if (!DeckFolder.isSchemaFile(file) && Files.isRegularFile(file)) files.add(file);
            }
        } catch (IOException e) {
            // An unreadable folder holds no decks we can show; the failure below says why.
            return List.of();
        }
        files.sort(null);
        return files;
    }

    private static LoadAttempt loadFile(Path file) {
        try {
            return new LoadAttempt(DeckLoader.load(file), null);
        } catch (DeckException e) {
            return new LoadAttempt(null, new DeckFailure(file.toString(), e.problems()));
        }
    }

    private static List<LoadAttempt> bundled() {
        URL folder = DeckLibrary.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (folder == null) return List.of();
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return loadBundled(jar.provider().getPath(uri));
                }
            }
            return loadBundled(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            return List.of(new LoadAttempt(null, new DeckFailure(BUNDLED_FOLDER,
                    List.of(new DeckProblem(BUNDLED_FOLDER, 0, 0, "", "cannot read the bundled decks: " + e.getMessage())))));
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else holds it open; use a private copy so closing ours leaves theirs alone.
            String jarPath = uri.getSchemeSpecificPart().substring(0, uri.getSchemeSpecificPart().indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create(jarPath)), (ClassLoader) null);
        }
    }

    private static List<LoadAttempt> loadBundled(Path folder) throws IOException {
        List<LoadAttempt> attempts = new ArrayList<>();
        for (Path file : deckFiles(folder)) {
            String name = BUNDLED_FOLDER + "/" + file.getFileName();
            try (InputStream in = Files.newInputStream(file)) {
                attempts.add(new LoadAttempt(DeckLoader.parse(in.readAllBytes(), name), null));
            } catch (DeckException e) {
                attempts.add(new LoadAttempt(null, new DeckFailure(name, e.problems())));
            }
        }
        return attempts;
    }

    private record LoadAttempt(Deck deck, DeckFailure failure) {
        void addTo(List<Deck> decks, List<DeckFailure> failures, Map<String, String> sourceById) {
            if (failure != null) {
                failures.add(failure);
                return;
            }
            String first = sourceById.putIfAbsent(deck.id(), deck.source());
            if (first != null) {
                failures.add(new DeckFailure(deck.source(), List.of(new DeckProblem(deck.source(), 0, 0, "id",
                        "deck id \"" + deck.id() + "\" is already used by " + first + "; give this deck its own id"))));
            } else {
                decks.add(deck);
            }
        }
    }
}

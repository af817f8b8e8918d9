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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
        List<LoadAttempt> attempts = new ArrayList<>(bundled());
        for (Path file : deckFiles(userDeckDir)) attempts.add(loadFile(file));
        return catalogOf(attempts);
    }

    /** Loads every deck file of one folder, in name order. */
    public static DeckCatalog loadFolder(Path folder) {
        List<LoadAttempt> attempts = new ArrayList<>();
        for (Path file : deckFiles(folder)) attempts.add(loadFile(file));
        return catalogOf(attempts);
    }

    /** The decks loaded, in order, and the failures; a deck whose id an earlier one took is a failure too. */
    private static DeckCatalog catalogOf(List<LoadAttempt> attempts) {
        List<Deck> decks = new ArrayList<>();
        List<DeckFailure> failures = new ArrayList<>();
        Map<String, String> sourceById = new HashMap<>();
        for (LoadAttempt attempt : attempts) attempt.addTo(decks, failures, sourceById);
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
        return attempt(file.toString(), () -> DeckLoader.load(file));
    }

    private static List<LoadAttempt> bundled() {
        URL folder = DeckLibrary.class.getClassLoader().getResource(BUNDLED_FOLDER);
        return folder == null ? List.of() : bundledAt(folder);
    }

    /** The decks of a bundled folder, in or out of a jar, alone: what {@link #loadAll} starts with. */
    static DeckCatalog loadBundled(URL folder) {
        return catalogOf(bundledAt(folder));
    }

    /**
     * The deck files directly inside a bundled folder: in the app's jar, or a folder of a build's classes. The jar
     * is read through {@link JarFile}, whose index of the jar's entries the JDK shares with the class loader that
     * already opened it; a zip file system would build its own, which took a tenth of a second at every start.
     */
    private static List<LoadAttempt> bundledAt(URL folder) {
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) return bundledInFolder(Path.of(uri));
            String spec = uri.getRawSchemeSpecificPart();
            int separator = spec.indexOf("!/");
            Path jarFile = Path.of(URI.create(spec.substring(0, separator)));
            String prefix = spec.substring(separator + 2);
            if (!prefix.endsWith("/")) prefix += "/";
            List<LoadAttempt> attempts = new ArrayList<>();
            try (JarFile jar = new JarFile(jarFile.toFile())) {
                String inFolder = prefix;
                List<JarEntry> files = jar.stream()
                        .filter(entry -> isDeckFileIn(entry.getName(), inFolder))
                        .sorted(Comparator.comparing(JarEntry::getName))
                        .toList();
                for (JarEntry file : files) {
                    String name = BUNDLED_FOLDER + "/" + file.getName().substring(prefix.length());
                    try (InputStream in = jar.getInputStream(file)) {
                        attempts.add(parse(in.readAllBytes(), name));
                    }
                }
            }
            return attempts;
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return List.of(new LoadAttempt(null, new DeckFailure(BUNDLED_FOLDER,
                    List.of(new DeckProblem(BUNDLED_FOLDER, 0, 0, "", "cannot read the bundled decks: " + e.getMessage())))));
        }
    }

    /** A {@code *.json} entry directly in the folder, not a JSON Schema file: what {@link #deckFiles} picks. */
    private static boolean isDeckFileIn(String entry, String folder) {
        if (!entry.startsWith(folder) || entry.indexOf('/', folder.length()) >= 0) return false;
        String name = entry.substring(folder.length());
        return name.endsWith(".json") && !DeckFolder.isSchemaFile(Path.of(name));
    }

    private static List<LoadAttempt> bundledInFolder(Path folder) throws IOException {
        List<LoadAttempt> attempts = new ArrayList<>();
        for (Path file : deckFiles(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                attempts.add(parse(in.readAllBytes(), BUNDLED_FOLDER + "/" + file.getFileName()));
            }
        }
        return attempts;
    }

    private static LoadAttempt parse(byte[] bytes, String name) {
        return attempt(name, () -> DeckLoader.parse(bytes, name));
    }

    private interface DeckRead {
        Deck read() throws DeckException;
    }

    /** The deck read, or its problems as the failure of the deck named {@code name}. */
    private static LoadAttempt attempt(String name, DeckRead read) {
        try {
            return new LoadAttempt(read.read(), null);
        } catch (DeckException e) {
            return new LoadAttempt(null, new DeckFailure(name, e.problems()));
        }
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

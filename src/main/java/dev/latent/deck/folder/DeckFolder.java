package dev.latent.deck.folder;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's own deck folder: decks are imported into it from anywhere, saved and removed. Every
 * change is checked first and written atomically; nothing is ever overwritten silently, and bundled decks
 * are never touched (they live inside the app).
 *
 * <p>A deck's file is named after its id ({@code <id>.json}); ids are already restricted to
 * {@code [A-Za-z0-9][A-Za-z0-9._-]*}, so the name can neither climb out of the folder nor hide.
 */
public final class DeckFolder {

    private final Path folder;

    public DeckFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path path() {
        return folder;
    }

    /** What an import or save did. */
    public record Saved(Deck deck, Path file, boolean replaced) {
    }

    /**
     * Copies a deck file from anywhere into this folder after validating it with {@link DeckLoader}.
     * The bytes written are the bytes validated (read once), so the copy is exactly the deck that was checked.
     *
     * @param replace allow replacing a user deck that has the same id; without it such an import is refused
     * @throws DeckException the file is not a valid deck (every problem, located)
     * @throws DeckFolderException the id clashes with a bundled deck, or with a user deck and {@code replace}
     *                             is false, or the file cannot be written
     */
    public Saved importFile(Path source, boolean replace) throws DeckException, DeckFolderException {
        byte[] bytes = DeckLoader.readBounded(source);
        Deck deck = DeckLoader.parse(bytes, source.toString());
        return locked(() -> store(deck, bytes, replace, userFileOf(deck.id())));
    }

    /** The work of one change to the folder, run while no other change (in this process or another) runs. */
    @FunctionalInterface
    private interface FolderChange {
        Saved run() throws DeckFolderException;
    }

    private static final String LOCK_FILE = dev.latent.platform.AtomicFiles.TEMP_PREFIX + "folder.lock";
    private static final java.util.Map<Path, Object> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs {@code change} holding the folder's lock: a monitor for this process, an OS file lock for others. The
     * check that no deck has the id and the write then happen as one step, so of two imports of the same id at
     * once the second is refused instead of silently replacing the first.
     */
    private Saved locked(FolderChange change) throws DeckFolderException {
        synchronized (IN_PROCESS.computeIfAbsent(folder, key -> new Object())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new DeckFolderException("cannot create " + folder + ": " + e.getMessage(), e);
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder.resolve(LOCK_FILE),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock lock = channel.lock()) {
                return change.run();
            } catch (IOException e) {
                throw new DeckFolderException("cannot lock " + folder + " to change it: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes images a deck shows (say, from an Anki package) into this folder, each at its path relative to the folder
     * as the deck names it. Content-named files are shared: a file already there with the same bytes is left alone.
     * Call before saving the deck, so that the deck never names an image that is not there yet.
     *
     * @throws DeckFolderException a path is not a plain relative image name, a different file is there, or writing failed
     */
    public void saveImages(java.util.Map<String, byte[]> images) throws DeckFolderException {
        for (var image : images.entrySet()) {
            Path target = DeckImages.file(folder, image.getKey());
            if (target == null) {
                String problem = DeckValidator.imageNameProblem(image.getKey());
                throw new DeckFolderException("image " + image.getKey() + ": " + (problem == null ? "outside the deck folder" : problem));
            }
            try {
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), image.getValue())) continue;
                dev.latent.platform.AtomicFiles.write(target, image.getValue());
            } catch (IOException e) {
                throw new DeckFolderException("cannot write image " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Writes a deck (say, converted from Anki) into this folder with {@link DeckWriter}. */
    public Saved save(Deck deck, boolean replace) throws DeckFolderException {
        return save(deck, replace, null);
    }

    /**
     * Writes a deck over the version the caller last read, unless the file has changed since: an editor saving
     * must not silently drop what another program (or a hand edit) wrote into the file meanwhile.
     *
     * @param lastRead the deck as the caller read or last saved it; null to write whatever the file holds now
     * @throws DeckChangedException the file no longer holds {@code lastRead} (nothing is written)
     */
    public Saved save(Deck deck, boolean replace, Deck lastRead) throws DeckFolderException {
        byte[] bytes = DeckWriter.toJson(deck, LOCAL_SCHEMA).getBytes(StandardCharsets.UTF_8);
        try {
            // Check that what we write reads back: a deck built in code skipped the loader's checks.
            DeckLoader.parse(bytes, fileNameFor(deck.id()));
        } catch (DeckException e) {
            throw new DeckFolderException("the deck is not valid: " + e.problems().get(0).withoutFile());
        }
        return locked(() -> {
            // One scan of the folder serves the changed-on-disk check and the write when the id stays.
            Optional<UserDeck> existing = userDeckOf(deck.id());
            if (lastRead != null) {
                requireUnchanged(lastRead, lastRead.id().equals(deck.id()) ? existing : userDeckOf(lastRead.id()));
            }
            return store(deck, bytes, replace, existing.map(UserDeck::file));
        });
    }

    /**
     * Refuses when {@code current}, the user deck file of {@code lastRead}'s id, no longer holds it; a deleted deck
     * has nothing to lose.
     */
    private void requireUnchanged(Deck lastRead, Optional<UserDeck> current) throws DeckChangedException {
        if (current.isEmpty()) {
            Path usual = folder.resolve(fileNameFor(lastRead.id()));
            if (Files.exists(usual)) throw new DeckChangedException(usual, "it was changed and no longer reads as this deck");
            return;
        }
        // Compared as written: the same content, whatever the file's formatting.
        if (!DeckWriter.toJson(current.get().deck()).equals(DeckWriter.toJson(lastRead))) {
            throw new DeckChangedException(current.get().file(), "it was changed by another program since it was opened");
        }
    }

    /**
     * Deletes the user deck with this id.
     *
     * @throws DeckFolderException it is a bundled deck, or no user deck has this id, or deleting failed
     */
    public Path remove(String deckId) throws DeckFolderException {
        Optional<Path> file = userFileOf(deckId);
        if (file.isEmpty()) {
            if (bundledIds().contains(deckId)) {
                throw new DeckFolderException("deck \"" + deckId + "\" is bundled with the app and cannot be removed");
            }
            throw new DeckFolderException("no deck with id \"" + deckId + "\" in " + folder);
        }
        try {
            Files.delete(file.get());
            return file.get();
        } catch (IOException e) {
            throw new DeckFolderException("cannot remove " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** The ending of a deck JSON Schema ({@code questions/deck.schema.json}): never a deck, so never read as one. */
    public static final String SCHEMA_ENDING = ".schema.json";

    /** Whether the file is a JSON Schema for decks (by its name): folder scans, watching and {@code validate} skip it. */
    public static boolean isSchemaFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SCHEMA_ENDING);
    }

    /** The file name a deck with this id gets: {@code <id>.json}, avoiding the {@link #SCHEMA_ENDING} scans skip. */
    public static String fileNameFor(String deckId) {
        String name = deckId + ".json";
        return isSchemaFile(Path.of(name)) ? deckId + ".deck.json" : name;
    }

    /** The user deck file holding {@code deckId}, if any; broken files in the folder are skipped. */
    public Optional<Path> userFileOf(String deckId) {
        return userDeckOf(deckId).map(UserDeck::file);
    }

    private record UserDeck(Path file, Deck deck) {
    }

    private Optional<UserDeck> userDeckOf(String deckId) {
        for (Path file : DeckLibrary.deckFiles(folder)) {
            try {
                Deck deck = DeckLoader.load(file);
                if (deck.id().equals(deckId)) return Optional.of(new UserDeck(file, deck));
            } catch (DeckException e) {
                // A broken file holds no deck id we can trust; the app lists it as a failure.
            }
        }
        return Optional.empty();
    }

    /** Writes the deck under its id's file name; {@code existing} is the user deck file that holds its id now. */
    private Saved store(Deck deck, byte[] bytes, boolean replace, Optional<Path> existing) throws DeckFolderException {
        if (bundledIds().contains(deck.id())) {
            throw new DeckFolderException("deck id \"" + deck.id() + "\" belongs to a deck bundled with the app; "
                    + "give the imported deck its own id");
        }
        Path target = folder.resolve(fileNameFor(deck.id()));
        if (!target.normalize().getParent().equals(folder)) {
            throw new DeckFolderException("deck id \"" + deck.id() + "\" does not make a safe file name");
        }
        if (existing.isPresent() && !replace) {
            throw new DeckFolderException("a deck with id \"" + deck.id() + "\" is already in " + existing.get()
                    + "; remove it first or ask to replace it");
        }
        // A different file under the target's name (a broken deck, another id on a case-blind disk) stays.
        if (Files.exists(target) && !existing.map(p -> sameFile(p, target)).orElse(false)) {
            throw new DeckFolderException(target + " already exists and does not hold deck \"" + deck.id()
                    + "\"; move it away first");
        }
        try {
            dev.latent.platform.AtomicFiles.write(target, bytes);
            // The replaced deck may have lived under another name (copied in by hand); keep one file per id.
            if (existing.isPresent() && !sameFile(existing.get(), target)) Files.deleteIfExists(existing.get());
        } catch (IOException e) {
            throw new DeckFolderException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return new Saved(deck, target, existing.isPresent());
    }

    /** What decks saved here name as their {@code $schema}, as the bundled decks do: the schema beside them. */
    static final String LOCAL_SCHEMA = "./deck.schema.json";

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static Set<String> bundledIds() {
        Set<String> ids = new HashSet<>();
        for (Deck deck : DeckLibrary.loadAll(null).decks()) ids.add(deck.id());
        return ids;
    }
}

package dev.latent.ui.app;

import dev.latent.collection.StudyCollection;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.platform.StartupTrace;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.Store;
import dev.latent.ui.common.Themes;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Everything the app reads before its first screen: the store, the decks (synced into the store, exam dates
 * applied) and the settings. None of it needs JavaFX, so {@link #openInBackground} does it on threads of its own
 * while the toolkit starts up, which takes about as long.
 *
 * @param collection      the decks, store and settings, synced and with exam dates applied
 * @param settingsProblem what was wrong with the settings file, if anything (defaults were used for it)
 */
record AppStartup(StudyCollection collection, Optional<String> settingsProblem) {

    /**
     * Opens the store on one thread while another reads the decks and settings, then syncs the two. A store that
     * cannot be opened (a second instance, an unusable data folder) fails the future with its
     * {@link dev.latent.store.StoreException}; if anything fails, a store that did open is closed again.
     */
    static CompletableFuture<AppStartup> openInBackground(AppPaths paths, Clock clock) {
        CompletableFuture<Store> store = onThread("latent-open-store", () -> {
            Store opened = Store.open(paths.dataDir());
            StartupTrace.mark("store open");
            return opened;
        });
        CompletableFuture<DecksAndSettings> files = onThread("latent-read-decks", () -> DecksAndSettings.read(paths));
        CompletableFuture<AppStartup> ready = store.thenCombine(files, (opened, read) -> sync(paths, read, opened, clock));
        // Returned after the close, so that whoever sees the failure finds the folder free (to restore a backup, say).
        return ready.whenComplete((ok, failure) -> {
            if (failure != null) store.thenAccept(Store::close);
        });
    }

    /** Reads the settings and brings the store in line with the decks: new questions get cards, exam dates apply. */
    static AppStartup prepare(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        return sync(paths, DecksAndSettings.read(paths, catalog), store, clock);
    }

    /** What the app reads from files before it starts: decks and settings. */
    private record DecksAndSettings(DeckCatalog catalog, SettingsStore settingsStore, SettingsStore.Loaded settings) {

        static DecksAndSettings read(AppPaths paths) {
            DeckCatalog catalog = DeckLibrary.loadAll(paths.deckDir());
            StartupTrace.mark("decks loaded");
            return read(paths, catalog);
        }

        static DecksAndSettings read(AppPaths paths, DeckCatalog catalog) {
            SettingsStore settingsStore = new SettingsStore(paths.dataDir());
            SettingsStore.Loaded loaded = settingsStore.load();
            // Asking the desktop for its colour scheme starts a process: done here, it is off the first screen's path.
            if (loaded.settings().theme() == Settings.Theme.SYSTEM) Themes.systemPrefersDark();
            StartupTrace.mark("settings read");
            return new DecksAndSettings(catalog, settingsStore, loaded);
        }
    }

    private static AppStartup sync(AppPaths paths, DecksAndSettings files, Store store, Clock clock) {
        StudyCollection collection = new StudyCollection(paths, files.catalog(), store, clock, files.settingsStore(),
                files.settings().settings());
        collection.syncAll();
        StartupTrace.mark("decks synced");
        return new AppStartup(collection, files.settings().problem());
    }

    private static <T> CompletableFuture<T> onThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    Store store() {
        return collection.store();
    }
}

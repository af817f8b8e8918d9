package dev.latent.ui.app;

import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import dev.latent.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the app reads while JavaFX starts: the same as the shell reads in tests, or a clear failure. */
class AppStartupTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void opensTheStoreAndSyncsTheBundledDeckOffTheCallingThread() throws Exception {
        CompletableFuture<AppStartup> opening = AppStartup.openInBackground(new AppPaths(dataDir), clock);
        AppStartup opened = opening.get(60, TimeUnit.SECONDS);
        try {
            assertTrue(opened.collection().deck("autoencoders-gans").isPresent());
            assertEquals(8, opened.store().examDates().cards("autoencoders-gans").size(), "every bundled question has a card");
            assertTrue(opened.settingsProblem().isEmpty());
        } finally {
            opened.store().close();
        }
    }

    @Test
    void aFolderInUseFailsWithTheStoresMessageAndLeavesTheOtherStoreOpen() throws Exception {
        try (Store first = Store.open(dataDir)) {
            CompletableFuture<AppStartup> opening = AppStartup.openInBackground(new AppPaths(dataDir), clock);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> opening.get(60, TimeUnit.SECONDS));
            assertInstanceOf(StoreLockedException.class, failed.getCause());
            assertTrue(first.examDates().cards("autoencoders-gans").isEmpty(), "the failed start synced nothing into the store in use");
        }
        // Once the first store is closed the folder opens normally: the failed attempt holds no lock.
        AppStartup opened = AppStartup.openInBackground(new AppPaths(dataDir), clock).get(60, TimeUnit.SECONDS);
        opened.store().close();
    }
}

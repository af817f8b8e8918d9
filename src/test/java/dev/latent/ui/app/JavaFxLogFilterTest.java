package dev.latent.ui.app;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app drops JavaFX's class-path warning and nothing else JavaFX says (TwoInstancesTest runs the real start). */
class JavaFxLogFilterTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        assertFalse(LatentApp.notTheClassPathWarning(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'")));
        assertTrue(LatentApp.notTheClassPathWarning(new LogRecord(Level.WARNING,
                "Could not resolve '-color-accent' while resolving lookups for '-fx-background-color'")));
        assertTrue(LatentApp.notTheClassPathWarning(new LogRecord(Level.SEVERE, null)));
    }
}

package dev.latent.store;

import java.nio.file.Path;

/** Another Latent (process or window) already has this data folder open; opening it twice could corrupt it. */
public class StoreLockedException extends StoreException {

    private final Path dataDir;

    public StoreLockedException(Path dataDir) {
        super("Latent is already open on this data folder (" + dataDir + "). Close the other window first.");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}

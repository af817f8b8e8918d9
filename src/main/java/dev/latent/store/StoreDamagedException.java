package dev.latent.store;

import java.nio.file.Path;

/**
 * The database file is damaged (SQLite reports it corrupt or not a database): it cannot be trusted, and the way
 * back is to restore a backup, which works without opening the damaged file ({@link Store#restore(Path, Path)}).
 */
public class StoreDamagedException extends StoreException {

    private final Path dataDir;

    public StoreDamagedException(Path dataDir, String message, Throwable cause) {
        super(message, cause);
        this.dataDir = dataDir;
    }

    /** The data folder whose database is damaged (its backups are in {@code backups/} there). */
    public Path dataDir() {
        return dataDir;
    }
}

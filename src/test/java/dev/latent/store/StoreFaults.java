package dev.latent.store;

/** Faults for tests outside this package (the UI's): what the learner sees when the store cannot save. */
public final class StoreFaults {

    private StoreFaults() {
    }

    /** From now on the database cannot grow, as on a full disk: the next save that needs room fails with SQLITE_FULL. */
    public static void fillDisk(Store store) {
        store.simulateFullDisk();
    }
}

package dev.latent.present;

/** What covers the projection: nothing, or a black or white screen while the instructor talks. */
public enum Blank {
    NONE, BLACK, WHITE
}

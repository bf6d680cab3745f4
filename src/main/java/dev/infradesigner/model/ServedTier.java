package dev.infradesigner.model;

/**
 * The part of the service a kind's components serve, as the audit's tiers are found: web and application
 * tiers are their components; the database tiers are the databases applications read and write.
 */
public enum ServedTier {
    NONE,
    WEB,
    APPLICATION,
    DATABASE
}

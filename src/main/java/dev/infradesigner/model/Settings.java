package dev.infradesigner.model;

/**
 * The settings of a component, one record per kind. Open, so that a kind is described in one place (its
 * {@link ComponentKind} and its record) and needs no list elsewhere: each record writes itself, and its kind
 * knows how to read it and what a new one holds.
 */
public interface Settings {

    /** The kind of component these settings belong to. */
    ComponentKind kind();

    /** Writes every field, in file order, to {@code out}. */
    void write(SettingsSink out);

    /** Sensible settings for a new component of {@code kind}, as the palette creates it. */
    static Settings defaults(ComponentKind kind) {
        return kind.defaults();
    }
}

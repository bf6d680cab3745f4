package dev.infradesigner.model;

/** The groups of the palette, top to bottom, as users think of a stack. */
public enum PaletteGroup {
    ENTRY("Entry"),
    HOSTS("Hosts"),
    SERVICES("Services"),
    OPERATIONS("Operations"),
    NETWORK("Network");

    private final String displayName;

    PaletteGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

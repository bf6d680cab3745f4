package dev.infradesigner.model;

/** Users (the internet) have nothing to set: they are where every request comes from. */
public record UsersSettings() implements Settings {

    @Override
    public ComponentKind kind() {
        return ComponentKind.USERS;
    }
}

package dev.infradesigner.model;

/**
 * A database node: its engine, whether it is the primary or a replica, and what a replica copies.
 *
 * @param engine            the engine, for example {@code mysql}
 * @param role              primary (takes writes) or replica (copies a source, serves reads)
 * @param replicationSource the id of the database a replica copies, or {@code null}
 * @param port              the port it accepts connections on
 */
public record DatabaseSettings(String engine, DatabaseRole role, String replicationSource, int port)
        implements Settings {

    public static final DatabaseSettings DEFAULT = new DatabaseSettings("mysql", DatabaseRole.PRIMARY, null, 3306);

    public DatabaseSettings {
        Checks.text("engine", engine, 40);
        if (role == null) {
            throw InvalidDesignException.of("role", "is missing");
        }
        if (replicationSource != null) {
            Checks.id("replicationSource", replicationSource);
        }
        Checks.port("port", port);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.DATABASE;
    }
}

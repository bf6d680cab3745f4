package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between MySQL 8 and MariaDB: a file that one accepts the other refuses (MariaDB will not
 * start with {@code gtid_mode}; {@code CHANGE REPLICATION SOURCE TO} is a syntax error there), so the
 * database's {@code engine} decides which one is written. Everything the two share stays in the files'
 * own classes.
 */
interface MysqlDialect {

    /** The engine for {@code engine} as people type it ("MariaDB 10.11", "mysql"), if it is one of these. */
    static Optional<MysqlDialect> of(String engine) {
        String e = engine.strip().toLowerCase(Locale.ROOT);
        if (e.startsWith("mariadb")) {
            return Optional.of(new MariadbDialect());
        }
        if (e.startsWith("mysql")) {
            return Optional.of(new MysqlEightDialect());
        }
        return Optional.empty();
    }

    static Optional<MysqlDialect> of(Component database) {
        return of(database.settings(DatabaseSettings.class).engine());
    }

    /** "MariaDB 10.6 or later", for the file's header. */
    String versions();

    /** Where the settings file goes: a directory the stock configuration includes after its own files. */
    String installPath();

    /** A comment line on why the file is read after the stock one, ending in a newline. */
    String installNote();

    /** The engine's own {@code [mysqld]} lines for a primary or a replica (GTID, read-only). */
    String engineSettings(boolean replica);

    /** Comments on seeding a replica from a source that already holds data, each line starting with "--". */
    String seedInstructions();

    /** The statements that point a replica at its source and start it, safe to run again. */
    String startReplication(ReplicationTarget target);

    /** Where a replica connects, and how. */
    record ReplicationTarget(String host, int port, String user, String password, String caFile,
            int connectRetrySeconds) {
    }
}

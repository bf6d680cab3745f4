package dev.infradesigner.export;

/**
 * MySQL 8.0.23 and later: GTID must be switched on ({@code gtid_mode}, {@code enforce_gtid_consistency}),
 * a replica follows with {@code SOURCE_AUTO_POSITION}, and {@code super_read_only} keeps even SUPER
 * accounts from writing on a replica.
 */
final class MysqlEightDialect implements MysqlDialect {

    @Override
    public String versions() {
        return "MySQL 8.0.23 or later";
    }

    @Override
    public String installPath() {
        // Debian's and Ubuntu's MySQL packages read mysql.conf.d/mysqld.cnf, which sets bind-address; this
        // name sorts after it, where a name starting "60-" would sort before it and lose.
        return "/etc/mysql/mysql.conf.d/zz-infra-designer.cnf";
    }

    @Override
    public String installNote() {
        return "# Read after the package's mysqld.cnf, so these values replace its bind-address = 127.0.0.1.\n";
    }

    @Override
    public String engineSettings(boolean replica) {
        String common = "gtid_mode = ON\nenforce_gtid_consistency = ON\n";
        return replica ? common + "# Only replication writes here, not even accounts with SUPER.\n"
                + "read_only = ON\nsuper_read_only = ON\n" : common;
    }

    @Override
    public String seedInstructions() {
        return "-- A source that already holds data: seed this replica from it first, then run this file.\n"
                + "--   On the source: mysqldump --all-databases --single-transaction --set-gtid-purged=ON"
                + " --routines --events --triggers > seed.sql\n"
                + "--   Here (the dump turns this replica's binary log off for the load itself):\n"
                + "--     mysql -e 'SET GLOBAL super_read_only = OFF; RESET MASTER'\n"
                + "--     mysql < seed.sql\n"
                + "--     mysql -e 'SET GLOBAL super_read_only = ON'\n"
                + "-- A new, empty source needs no seed: the replica replays its binary log from the start.\n";
    }

    @Override
    public String startReplication(ReplicationTarget t) {
        return "STOP REPLICA;\n"
                + "CHANGE REPLICATION SOURCE TO\n"
                + "  SOURCE_HOST = '" + t.host() + "',\n"
                + "  SOURCE_PORT = " + t.port() + ",\n"
                + "  SOURCE_USER = '" + t.user() + "',\n"
                + "  SOURCE_PASSWORD = '" + t.password() + "',\n"
                + "  SOURCE_SSL = 1,\n"
                + "  SOURCE_SSL_CA = '" + t.caFile() + "',\n"
                + "  SOURCE_SSL_VERIFY_SERVER_CERT = 1,\n"
                + "  SOURCE_CONNECT_RETRY = " + t.connectRetrySeconds() + ",\n"
                + "  SOURCE_AUTO_POSITION = 1;\n"
                + "START REPLICA;\n";
    }
}

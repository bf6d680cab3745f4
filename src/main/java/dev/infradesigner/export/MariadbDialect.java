package dev.infradesigner.export;

/**
 * MariaDB 10.6 and later (Debian 12 ships 10.11): GTID is always on and needs no setting, a replica
 * follows with {@code MASTER_USE_GTID = slave_pos}, and {@code read_only} is the only guard, since MariaDB
 * has no {@code super_read_only}: it stops every account except those holding READ_ONLY ADMIN (root), so
 * the export creates none of those.
 */
final class MariadbDialect implements MysqlDialect {

    @Override
    public String versions() {
        return "MariaDB 10.6 or later";
    }

    @Override
    public String installPath() {
        return "/etc/mysql/mariadb.conf.d/60-infra-designer.cnf";
    }

    @Override
    public String installNote() {
        return "# Read after Debian's 50-server.cnf, so these values replace its bind-address = 127.0.0.1.\n";
    }

    @Override
    public String engineSettings(boolean replica) {
        // A replica writes what it applies to its own binary log too, so it can become a source.
        String common = "log_slave_updates = ON\n";
        return replica ? common + "# Only replication writes here. MariaDB has no super_read_only: root and any account with\n"
                + "# READ_ONLY ADMIN still could, and a row written here breaks replication; the export creates\n"
                + "# no such account.\n"
                + "read_only = ON\n" : common;
    }

    @Override
    public String seedInstructions() {
        return "-- A source that already holds data: seed this replica from it first, then run this file.\n"
                + "--   On the source: mariadb-dump --all-databases --single-transaction --gtid --master-data=2"
                + " --routines --events --triggers > seed.sql\n"
                + "--   Here, with this replica's binary log off for the load:\n"
                + "--     mariadb --init-command='SET SESSION sql_log_bin = 0' < seed.sql\n"
                + "--     mariadb -e \"SET GLOBAL gtid_slave_pos = 'GTID'\", GTID from the line\n"
                + "--     \"-- SET GLOBAL gtid_slave_pos='...'\" near the top of seed.sql.\n"
                + "-- A new, empty source needs no seed: the replica replays its binary log from the start.\n";
    }

    @Override
    public String startReplication(ReplicationTarget t) {
        return "STOP SLAVE;\n"
                + "CHANGE MASTER TO\n"
                + "  MASTER_HOST = '" + t.host() + "',\n"
                + "  MASTER_PORT = " + t.port() + ",\n"
                + "  MASTER_USER = '" + t.user() + "',\n"
                + "  MASTER_PASSWORD = '" + t.password() + "',\n"
                + "  MASTER_SSL = 1,\n"
                + "  MASTER_SSL_CA = '" + t.caFile() + "',\n"
                + "  MASTER_SSL_VERIFY_SERVER_CERT = 1,\n"
                + "  MASTER_CONNECT_RETRY = " + t.connectRetrySeconds() + ",\n"
                + "  MASTER_USE_GTID = slave_pos;\n"
                + "START SLAVE;\n";
    }
}

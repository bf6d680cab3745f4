package dev.infradesigner.lab.programs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One database the stand-in application talks to, as a real application's pool would: a few reused
 * connections, short connect and read timeouts so a frozen server is given up on in seconds, and after a
 * failure the database is skipped for a while instead of making every request wait for it again.
 */
final class Database {

    /** How long a database that failed is skipped. */
    private static final long SKIP_MILLIS = 3000;
    private static final int MAX_IDLE = 8;

    private final String address;
    private final String url;
    private final Properties login = new Properties();
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private volatile long skipUntil;

    Database(String hostPort, String database, String user, String password) {
        this.address = hostPort;
        this.url = "jdbc:mariadb://" + hostPort + "/" + database;
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "1000");
        login.setProperty("socketTimeout", "3000");
    }

    String address() {
        return address;
    }

    /** Whether it is worth trying now (it has not failed in the last few seconds). */
    boolean available() {
        return System.currentTimeMillis() >= skipUntil;
    }

    /** What a unit of work does with a connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a pooled connection; a failure drops the connection and skips the database. */
    <T> T use(Work<T> work) throws SQLException {
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = DriverManager.getConnection(url, login);
            }
            T result = work.run(c);
            if (idle.size() < MAX_IDLE) {
                idle.add(c);
            } else {
                c.close();
            }
            return result;
        } catch (SQLException e) {
            if (!isReadOnly(e)) {
                skipUntil = System.currentTimeMillis() + SKIP_MILLIS;
            }
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // Already broken; nothing to keep.
                }
            }
            throw e;
        }
    }

    /** MySQL's and MariaDB's "running with --read-only" (1290): the server is up, it just is a replica. */
    static boolean isReadOnly(SQLException e) {
        return e.getErrorCode() == 1290;
    }
}

package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account the export creates on a database, read from the exported SQL itself: the lab's stand-in
 * applications log in with these, and the drill proves that none of them can write on a replica. Reading
 * them from the files (rather than knowing what the exporter means to write) keeps the lab honest.
 *
 * @param user     the user name
 * @param host     the address it may connect from
 * @param password the password the file sets
 */
public record DatabaseAccount(String user, String host, String password) {

    private static final Pattern CREATE_USER = Pattern.compile(
            "CREATE\\s+USER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?'([^']+)'@'([^']+)'\\s+IDENTIFIED\\s+BY\\s+'([^']*)'",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "CREATE\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([A-Za-z0-9_]+)`?", Pattern.CASE_INSENSITIVE);

    /** Every account created by the statements of {@code files} (comment lines are skipped). */
    public static List<DatabaseAccount> createdBy(List<ExportedFile> files) {
        List<DatabaseAccount> accounts = new ArrayList<>();
        for (ExportedFile file : files) {
            Matcher m = CREATE_USER.matcher(statements(file.content()));
            while (m.find()) {
                DatabaseAccount account = new DatabaseAccount(m.group(1), m.group(2), m.group(3));
                if (!accounts.contains(account)) {
                    accounts.add(account);
                }
            }
        }
        return accounts;
    }

    /** The application's database the statements create, if any. */
    public static java.util.Optional<String> databaseCreatedBy(List<ExportedFile> files) {
        for (ExportedFile file : files) {
            Matcher m = CREATE_DATABASE.matcher(statements(file.content()));
            if (m.find()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    private static String statements(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.stripLeading().startsWith("--") && !line.stripLeading().startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}

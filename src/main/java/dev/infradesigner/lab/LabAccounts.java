package dev.infradesigner.lab;

import java.util.List;
import java.util.Optional;

/**
 * The database accounts and the application's database, as the exported SQL creates them: the stand-ins
 * log in with them and the drill proves none of them writes on a replica.
 *
 * @param all      every account the export creates
 * @param database the application's database
 */
public record LabAccounts(List<DatabaseAccount> all, String database) {

    public LabAccounts {
        all = List.copyOf(all);
    }

    /** The account meant for connections from {@code address} (an application server's), other than replication's. */
    public Optional<DatabaseAccount> forAddress(String address) {
        return all.stream().filter(a -> a.host().equals(address) && !a.user().startsWith("repl")).findFirst();
    }
}

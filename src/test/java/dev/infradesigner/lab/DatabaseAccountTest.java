package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.export.ExportedFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseAccountTest {

    private static ExportedFile sql(String text) {
        return new ExportedFile("db-01/mysql/x-accounts.sql", text, List.of("db"));
    }

    @Test
    void accountsAreReadFromTheStatementsNotFromComments() {
        ExportedFile file = sql("-- CREATE USER 'ghost'@'10.9.9.9' IDENTIFIED BY 'no';\n"
                + "CREATE USER IF NOT EXISTS 'replication'@'10.0.5.12' IDENTIFIED BY 'R1' REQUIRE SSL;\n"
                + "create user 'app'@'10.0.4.11'\n  identified by 'A1';\n"
                + "CREATE DATABASE IF NOT EXISTS `shop`;\n");
        assertEquals(List.of(new DatabaseAccount("replication", "10.0.5.12", "R1"),
                new DatabaseAccount("app", "10.0.4.11", "A1")), DatabaseAccount.createdBy(List.of(file)));
        assertEquals(Optional.of("shop"), DatabaseAccount.databaseCreatedBy(List.of(file)));
    }

    @Test
    void anAccountCreatedTwiceIsOneAccount() {
        ExportedFile a = sql("CREATE USER 'app'@'10.0.4.11' IDENTIFIED BY 'A1';\n");
        assertEquals(1, DatabaseAccount.createdBy(List.of(a, a)).size());
        assertEquals(Optional.empty(), DatabaseAccount.databaseCreatedBy(List.of(a)));
    }
}

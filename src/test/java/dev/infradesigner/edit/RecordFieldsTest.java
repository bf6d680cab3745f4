package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Field names become the inspector's labels: readable words, acronyms as people write them. */
class RecordFieldsTest {

    @Test
    void fieldNamesReadAsWords() {
        assertEquals("Replication source", RecordFields.words("replicationSource"));
        assertEquals("Floating IP", RecordFields.words("floatingIp"));
        assertEquals("IP address", RecordFields.words("ipAddress"));
        assertEquals("Redirect HTTPS", RecordFields.words("redirectHttps"));
        assertEquals("Port", RecordFields.words("port"));
    }

    @Test
    void lettersInsideAWordAreNotMistakenForAnAcronym() {
        assertEquals("Description", RecordFields.words("description"));
        assertEquals("Ships logs", RecordFields.words("shipsLogs"));
    }
}

package dev.infradesigner.model;

/** Whether an application both reads and writes a database over a link, or only reads it. */
public enum Access implements Keyed {
    READ_WRITE("read-write"),
    READ("read");

    private final String key;

    Access(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}

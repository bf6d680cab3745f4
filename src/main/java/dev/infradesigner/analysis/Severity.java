package dev.infradesigner.analysis;

/** How bad a finding is. Ordered from worst to mildest, so sorting puts errors first. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    /** The stable lower-case name used in JSON, SARIF and on the command line. */
    public String key() {
        return key;
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

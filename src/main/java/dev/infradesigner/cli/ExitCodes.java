package dev.infradesigner.cli;

/** The exit codes every command shares, so scripts can tell findings from broken input. */
public final class ExitCodes {

    /** Everything went well. */
    public static final int OK = 0;

    /** The command ran and found something at or above the failure threshold. */
    public static final int FINDINGS = 1;

    /** An input file is not a valid design, or the command line is wrong. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}

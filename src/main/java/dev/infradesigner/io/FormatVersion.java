package dev.infradesigner.io;

/** The one place that says which file format this build writes and reads. */
public final class FormatVersion {

    /** The value of the {@code format} key in every design file. */
    public static final String FORMAT = "infra-designer";

    /** The format version this build writes; it reads this one and older ones. */
    public static final int CURRENT = 1;

    /** The file name extension of a design. */
    public static final String EXTENSION = ".infra";

    private FormatVersion() {
    }
}

package dev.infradesigner.export;

/**
 * Thrown by an exporter when the design does not say enough to write a file that would work as it is
 * (a firewall cannot open a port to a monitoring server whose address the design never gives). A file that
 * looks right and fails on the server is worse than none: the export stops, and the message says what to
 * change in the design, in words a person reads, naming the components by label and id.
 */
public final class ExportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportRefusedException(String message) {
        super(message);
    }
}

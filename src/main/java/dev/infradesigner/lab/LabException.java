package dev.infradesigner.lab;

/**
 * Why the lab cannot boot or drill a design, in words a person acts on: what is missing on this machine,
 * what in the design the lab cannot run, or what a daemon said when it refused to start.
 */
public final class LabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}

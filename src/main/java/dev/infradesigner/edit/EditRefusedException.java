package dev.infradesigner.edit;

/** An edit that makes no sense (a database calling out, a link into users); the message says why. */
public final class EditRefusedException extends RuntimeException {

    public EditRefusedException(String message) {
        super(message);
    }
}

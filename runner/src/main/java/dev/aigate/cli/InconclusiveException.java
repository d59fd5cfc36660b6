package dev.aigate.cli;

/** Nothing could be judged (target unreachable, no data): the command exits 3 with this message. */
final class InconclusiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InconclusiveException(String message) {
        super(message);
    }
}

package dev.aigate.container;

/**
 * A model-server container could not be launched or did not become ready: no Docker engine, a missing image, a
 * server that exited or never answered. The message says which, with the tail of the server's logs when there
 * are any. Gates treat it as infrastructure (inconclusive), not as a regression.
 */
public final class ContainerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContainerException(String message) {
        super(message);
    }

    public ContainerException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.aigate.simulator.server;

/** A request the simulator refuses with 400; the message is sent to the client. */
final class BadRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
        super(message);
    }
}

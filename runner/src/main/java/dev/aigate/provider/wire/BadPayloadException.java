package dev.aigate.provider.wire;

/** The server sent something that is not the JSON its API promises: the request fails as {@code bad_payload}. */
public final class BadPayloadException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadPayloadException(String message) {
        super(message);
    }
}

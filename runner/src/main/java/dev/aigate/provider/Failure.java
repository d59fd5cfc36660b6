package dev.aigate.provider;

/**
 * Why a request failed. The message is already redacted: it never carries a key or header value.
 *
 * @param httpStatus the status of the last attempt, or 0 when no response arrived
 */
public record Failure(ErrorKind kind, String message, int httpStatus) {
}

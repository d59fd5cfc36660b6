package dev.aigate.provider.wire;

import dev.aigate.provider.ErrorKind;

/**
 * An error the server reported in a successful (HTTP 200) response: a JSON {@code error} object in an OpenAI
 * stream, an {@code error} event in Anthropic's.
 *
 * @param kind    what it is counted as: the status or error type it names, else {@link ErrorKind#HTTP_5XX}
 * @param message the server's own words (redacted before they leave the provider package)
 */
public record StreamError(ErrorKind kind, String message) {
}

package dev.aigate.cost;

import java.util.Objects;

/**
 * A number of tokens and how it was obtained.
 *
 * @param tokens how many
 * @param source how exact it is
 * @param method how it was counted, for reports, e.g. {@code o200k_base} or {@code cl100k_base as a proxy}
 */
public record TokenCount(long tokens, TokenSource source, String method) {

    public TokenCount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
    }
}

package dev.aigate.provider;

import java.util.List;
import java.util.Optional;

/**
 * What one request produced, successful or not. All times are {@link System#nanoTime()} values.
 *
 * @param startNanos         just before the first attempt was written to the connection (a retried request's
 *                           latencies run from its first attempt: what a user waits)
 * @param contentEventNanos  arrival time of every content-carrying event, in order; empty when none arrived
 * @param text               the generated text, concatenated
 * @param toolCalls          the tool calls the model made, in order; empty when none
 * @param usage              the server's usage report, or null when it sent none
 * @param finishReason       the server's finish reason, or null
 * @param retries            attempts beyond the first
 * @param failure            null when the request completed
 */
public record Completion(
        long startNanos,
        long[] contentEventNanos,
        String text,
        List<ToolCall> toolCalls,
        TokenUsage usage,
        String finishReason,
        int retries,
        Failure failure) {

    public Completion {
        toolCalls = List.copyOf(toolCalls);
    }

    /** A completion without tool calls. */
    public Completion(long startNanos, long[] contentEventNanos, String text, TokenUsage usage, String finishReason,
                      int retries, Failure failure) {
        this(startNanos, contentEventNanos, text, List.of(), usage, finishReason, retries, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }

    public Optional<TokenUsage> reportedUsage() {
        return Optional.ofNullable(usage);
    }

    /** Number of content-carrying events received. */
    public int contentEvents() {
        return contentEventNanos.length;
    }
}

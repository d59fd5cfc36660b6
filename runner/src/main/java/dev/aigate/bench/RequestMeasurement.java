package dev.aigate.bench;

import dev.aigate.provider.Completion;
import dev.aigate.provider.Failure;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * What one request measured, derived from its {@link Completion} (SPEC §4). Lives only until it is recorded: a run
 * keeps no per-request objects. All instants are {@link System#nanoTime()} values, all durations nanoseconds.
 *
 * @param startNanos         just before the first attempt was written
 * @param endNanos           when the client returned the completion
 * @param queueNanos         scheduled arrival → send in an open loop; -1 in a closed loop (no schedule)
 * @param contentEventNanos  arrival of every content-carrying event, in order (not copied: do not modify)
 * @param outputTokens       the server's {@code usage.completion_tokens}, else the tokenizer's count; 0 on failure
 * @param outputTokensSource {@code USAGE} or {@code TOKENIZER}; null on failure
 * @param inputTokens        the server's {@code usage.prompt_tokens}, else the synthetic prompt's length
 * @param failure            null when the request completed
 */
public record RequestMeasurement(
        long startNanos,
        long endNanos,
        long queueNanos,
        long[] contentEventNanos,
        int outputTokens,
        OutputTokensSource outputTokensSource,
        int inputTokens,
        int retries,
        Failure failure) {

    public RequestMeasurement {
        if (failure == null && outputTokensSource == null) {
            throw new IllegalArgumentException("a completed request needs the source of its output token count");
        }
    }

    /** Derives the measurement of {@code completion}; the tokenizer runs only when the server sent no usage. */
    public static RequestMeasurement of(Completion completion, long endNanos, long queueNanos, int promptTokens) {
        if (!completion.succeeded()) {
            return new RequestMeasurement(completion.startNanos(), endNanos, queueNanos,
                    completion.contentEventNanos(), 0, null, promptTokens, completion.retries(),
                    completion.failure());
        }
        boolean reported = completion.usage() != null;
        int output = reported ? completion.usage().outputTokens() : TokenCounter.count(completion.text());
        int input = reported ? completion.usage().inputTokens() : promptTokens;
        return new RequestMeasurement(completion.startNanos(), endNanos, queueNanos, completion.contentEventNanos(),
                output, reported ? OutputTokensSource.USAGE : OutputTokensSource.TOKENIZER, input,
                completion.retries(), null);
    }

    public boolean completed() {
        return failure == null;
    }

    /** Whether any content-carrying event arrived; without one TTFT and E2EL are undefined. */
    public boolean hasContent() {
        return contentEventNanos.length > 0;
    }

    /** Start → first content event. */
    public OptionalLong ttftNanos() {
        return hasContent() ? OptionalLong.of(contentEventNanos[0] - startNanos) : OptionalLong.empty();
    }

    /** Start → last content event. */
    public OptionalLong e2elNanos() {
        return hasContent()
                ? OptionalLong.of(contentEventNanos[contentEventNanos.length - 1] - startNanos)
                : OptionalLong.empty();
    }

    /** (E2EL − TTFT) / (output tokens − 1), rounded to the nanosecond; only with more than one output token. */
    public OptionalLong tpotNanos() {
        if (!hasContent() || outputTokens <= 1) {
            return OptionalLong.empty();
        }
        long decode = contentEventNanos[contentEventNanos.length - 1] - contentEventNanos[0];
        return OptionalLong.of(Math.round((double) decode / (outputTokens - 1)));
    }

    /** Passes every gap between consecutive content events to {@code gaps}, in order. */
    public void forEachInterTokenGap(LongConsumer gaps) {
        for (int i = 1; i < contentEventNanos.length; i++) {
            gaps.accept(contentEventNanos[i] - contentEventNanos[i - 1]);
        }
    }

    /** The request's largest inter-token gap; empty with fewer than two content events. */
    public OptionalLong maxInterTokenGapNanos() {
        long max = -1;
        for (int i = 1; i < contentEventNanos.length; i++) {
            max = Math.max(max, contentEventNanos[i] - contentEventNanos[i - 1]);
        }
        return max < 0 ? OptionalLong.empty() : OptionalLong.of(max);
    }
}

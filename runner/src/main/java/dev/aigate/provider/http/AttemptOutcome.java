package dev.aigate.provider.http;

import dev.aigate.provider.Completion;
import dev.aigate.provider.Failure;
import java.time.Duration;
import java.util.Optional;

/**
 * How one HTTP attempt ended.
 *
 * @param startNanos when it started: just before the request was written, or when the attempt began if it never was
 * @param recorder   what its answer said (possibly nothing)
 * @param failure    null when it completed
 * @param retryable  whether trying again is safe and may help
 * @param retryAfter the wait the server asked for, if any
 */
record AttemptOutcome(long startNanos, ResponseRecorder recorder, Failure failure, boolean retryable,
                      Optional<Duration> retryAfter) {

    /** This failed attempt, final: its failure message ends with why it was not retried. */
    AttemptOutcome notRetried(String why) {
        return new AttemptOutcome(startNanos, recorder, new Failure(failure.kind(),
                failure.message() + "; not retried: " + why, failure.httpStatus()), false, retryAfter);
    }

    /** The request's result, timed from {@code firstStartNanos}: when its first attempt started. */
    Completion toCompletion(long firstStartNanos, int retries) {
        return recorder.toCompletion(firstStartNanos, retries, failure);
    }
}

package dev.aigate.provider.http;

import dev.aigate.provider.Completion;
import dev.aigate.provider.Failure;
import java.time.Duration;
import java.util.Optional;

/**
 * How one HTTP attempt ended.
 *
 * @param timeline   when it started
 * @param recorder   what its answer said (possibly nothing)
 * @param failure    null when it completed
 * @param retryable  whether trying again is safe and may help
 * @param retryAfter the wait the server asked for, if any
 */
record AttemptOutcome(AttemptTimeline timeline, ResponseRecorder recorder, Failure failure, boolean retryable,
                      Optional<Duration> retryAfter) {

    static AttemptOutcome finalOutcome(AttemptTimeline timeline, ResponseRecorder recorder, Failure failure) {
        return new AttemptOutcome(timeline, recorder, failure, false, Optional.empty());
    }

    Completion toCompletion(long startNanos, int retries) {
        return recorder.toCompletion(startNanos, retries, failure);
    }
}

package dev.aigate.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * How a benchmark is executed, as opposed to what it measures ({@link BenchSpec}).
 *
 * @param requestLog   receives every request's raw measurement; {@link RequestLog#NONE} keeps nothing
 * @param drainTimeout after an interrupt, how long requests in flight may still finish before they are abandoned
 */
public record RunOptions(RequestLog requestLog, Duration drainTimeout) {

    public static final RunOptions DEFAULT = new RunOptions(RequestLog.NONE, Duration.ofSeconds(30));

    public RunOptions {
        Objects.requireNonNull(requestLog, "requestLog");
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drain timeout must be >= 0, got " + drainTimeout);
        }
    }

    public RunOptions withRequestLog(RequestLog log) {
        return new RunOptions(log, drainTimeout);
    }

    public RunOptions withDrainTimeout(Duration timeout) {
        return new RunOptions(requestLog, timeout);
    }
}

package dev.aigate.provider.http;

import dev.aigate.text.DurationText;
import java.time.Duration;

/**
 * A request's overall timeout, counted from its first attempt: retries spend what is left of it, and when it runs
 * out the message names the timeout as configured, not the part of it the last attempt had.
 *
 * @param configured    the timeout as given, e.g. {@code --timeout 2s}
 * @param deadlineNanos when it runs out, on the monotonic clock
 */
record RequestTimeout(Duration configured, long deadlineNanos) {

    /** A timeout of {@code configured} that starts now. */
    static RequestTimeout startingNow(Duration configured) {
        return new RequestTimeout(configured, System.nanoTime() + configured.toNanos());
    }

    /** What is left, at least 1 ns, so an exchange started at the last moment still times out, not hangs. */
    long nanosLeft() {
        return Math.max(1, deadlineNanos - System.nanoTime());
    }

    /** Whether waiting {@code delay} from now would reach the deadline. */
    boolean runsOutWithin(Duration delay) {
        return System.nanoTime() + delay.toNanos() - deadlineNanos >= 0;
    }

    /** For messages: {@code the request timeout of 2s}. */
    String describe() {
        return "the request timeout of " + DurationText.format(configured);
    }
}

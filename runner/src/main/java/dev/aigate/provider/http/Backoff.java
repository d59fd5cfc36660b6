package dev.aigate.provider.http;

import dev.aigate.provider.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The wait before each retry: what the server asked for when it said, in full (SPEC §4: 429 honouring Retry-After;
 * whether it fits the request's timeout is the caller's call), else exponential backoff with "equal jitter" — a
 * random point in the upper half of the doubled delay, so a herd of clients spreads out yet none retries at once.
 */
final class Backoff {

    private final RetryPolicy policy;
    private final DoubleSupplier random;

    Backoff(RetryPolicy policy) {
        this(policy, () -> ThreadLocalRandom.current().nextDouble());
    }

    Backoff(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * @param retry      1 for the first retry, 2 for the second, …
     * @param retryAfter the server's Retry-After, if it sent one
     */
    Duration delayBefore(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        Duration cap = policy.maxBackoff();
        long initial = policy.initialBackoff().toNanos();
        int doublings = Math.min(retry - 1, 62);
        long exponential = initial > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : initial << doublings;
        long ceiling = Math.min(exponential, cap.toNanos());
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}

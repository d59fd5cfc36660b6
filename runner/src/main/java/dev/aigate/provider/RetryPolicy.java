package dev.aigate.provider;

import java.time.Duration;

/**
 * When and how long to wait before retrying (SPEC §4): 429 (honouring Retry-After), 502, 503, 504 and connection
 * failures before any response byte; never once the first token has arrived.
 *
 * @param maxRetries     attempts beyond the first; 0 turns retries off for a pure server measurement
 * @param initialBackoff the first wait; each further one doubles, up to {@code maxBackoff}
 * @param maxBackoff     the cap on one backoff wait; a server's Retry-After is honoured in full
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retries must be >= 0, got " + maxRetries);
        }
    }
}

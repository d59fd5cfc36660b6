package dev.aigate.simulator;

/**
 * How late the latency model handed tokens to their connections, measured server-side against each token's
 * scheduled time.
 *
 * @param tokens    tokens recorded
 * @param p50Micros median lateness
 * @param p99Micros 99th percentile lateness
 * @param maxMicros worst lateness
 */
public record TokenLag(long tokens, long p50Micros, long p99Micros, long maxMicros) {
}

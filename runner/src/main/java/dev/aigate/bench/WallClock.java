package dev.aigate.bench;

/**
 * Converts monotonic {@link System#nanoTime()} instants to wall-clock time, from one reading of both clocks taken
 * when a run starts. Durations are always measured on the monotonic clock; the wall clock only dates a run's window
 * so that shards run on different machines can be merged (their clocks are as good as NTP keeps them).
 *
 * @param epochMicros the wall clock, microseconds since the epoch, at {@code monoNanos}
 * @param monoNanos   the monotonic clock at the same moment
 */
import java.time.Instant;

record WallClock(long epochMicros, long monoNanos) {

    /** Reads both clocks now. */
    static WallClock now() {
        Instant wall = Instant.now();
        long mono = System.nanoTime();
        return new WallClock(wall.getEpochSecond() * 1_000_000 + wall.getNano() / 1_000, mono);
    }

    /** The wall-clock time of the monotonic instant {@code nanos}, in milliseconds since the epoch (µs precision). */
    double epochMillis(long nanos) {
        long micros = epochMicros + Math.floorDiv(nanos - monoNanos, 1_000);
        return micros / 1000.0;
    }
}

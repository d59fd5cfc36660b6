package dev.aigate.gate;

import java.util.Collection;
import java.util.Objects;

/**
 * How one threshold fared.
 *
 * @param threshold the threshold as the user wrote it
 * @param verdict   {@link Verdict#PASS}, {@link Verdict#FAIL}, or {@link Verdict#INCONCLUSIVE} when there was no data
 * @param observed  the observed value in the base unit of its dimension, or null when there was no data
 * @param message   one line for humans, e.g. {@code p99(ttft) = 612.4 ms, limit < 500 ms: FAILED}
 */
public record GateOutcome(String threshold, Verdict verdict, Double observed, String message) {

    public GateOutcome {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }

    /** The verdict of several outcomes together: the worst one wins ({@link Verdict#and}); none at all passes. */
    public static Verdict overall(Collection<GateOutcome> outcomes) {
        return outcomes.stream().map(GateOutcome::verdict).reduce(Verdict.PASS, Verdict::and);
    }
}

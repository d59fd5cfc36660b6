package dev.aigate.bench;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The per-request SLOs of goodput: a request is good when it completed and met every limit given. TTFT and E2EL
 * need a content event to be met; TPOT and ITL (the request's largest gap) are met by a request too short to have
 * them, as vLLM counts such a request's TPOT as 0.
 */
final class ServiceLevels {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final Map<String, Double> limitsMillis;

    ServiceLevels(Map<String, Double> limitsMillis) {
        this.limitsMillis = Map.copyOf(limitsMillis);
    }

    boolean isEmpty() {
        return limitsMillis.isEmpty();
    }

    boolean metBy(RequestMeasurement request) {
        if (!request.completed()) {
            return false;
        }
        return within("ttft", request.ttftNanos(), false)
                && within("e2el", request.e2elNanos(), false)
                && within("tpot", request.tpotNanos(), true)
                && within("itl", request.maxInterTokenGapNanos(), true);
    }

    private boolean within(String metric, OptionalLong nanos, boolean metWhenUndefined) {
        Double limit = limitsMillis.get(metric);
        if (limit == null) {
            return true;
        }
        return nanos.isPresent() ? nanos.getAsLong() <= limit * NANOS_PER_MILLI : metWhenUndefined;
    }
}

package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observations to judge, by metric name, and where they came from.
 *
 * @param source     e.g. {@code samples.json} or {@code baseline.json vs candidate.json}
 * @param sequential how a sequential live canary was settled early; null when it ran its full course
 * @param requests   how each side's requests ended ({@code baseline}, {@code candidate}), when the data came from
 *                   requests; empty for plain samples
 */
public record CanaryData(Map<String, MetricData> metrics, String source, SequentialMonitor.Decision sequential,
        Map<String, RequestOutcomes> requests) {

    public CanaryData {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
    }

    public CanaryData(Map<String, MetricData> metrics, String source) {
        this(metrics, source, null, Map.of());
    }

    /** Both sides' request outcomes, baseline first, for {@link #requests}; a side given as null is left out. */
    public static Map<String, RequestOutcomes> requests(RequestOutcomes baseline, RequestOutcomes candidate) {
        Map<String, RequestOutcomes> sides = new LinkedHashMap<>();
        if (baseline != null) {
            sides.put("baseline", baseline);
        }
        if (candidate != null) {
            sides.put("candidate", candidate);
        }
        return sides;
    }
}

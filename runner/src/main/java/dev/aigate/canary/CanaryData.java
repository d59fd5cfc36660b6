package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observations to judge, by metric name, and where they came from.
 *
 * @param source     e.g. {@code samples.json} or {@code baseline.json vs candidate.json}
 * @param sequential how a sequential live canary was settled early; null when it ran its full course
 */
public record CanaryData(Map<String, MetricData> metrics, String source, SequentialMonitor.Decision sequential) {

    public CanaryData {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public CanaryData(Map<String, MetricData> metrics, String source) {
        this(metrics, source, null);
    }
}

package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observations to judge, by metric name, and where they came from.
 *
 * @param source e.g. {@code samples.json} or {@code baseline.json vs candidate.json}
 */
public record CanaryData(Map<String, MetricData> metrics, String source) {

    public CanaryData {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}

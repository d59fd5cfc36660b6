package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side's observations as read from a result file: per-request samples by metric, and event counts (events,
 * trials) by metric.
 */
record SideData(Map<String, double[]> samples, Map<String, long[]> counts) {

    SideData {
        samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}

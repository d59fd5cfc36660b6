package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side's observations as read from a result file: per-request samples by metric, event counts (events,
 * trials) by metric, and how its requests ended (null when the file does not say).
 */
record SideData(Map<String, double[]> samples, Map<String, long[]> counts, RequestOutcomes requests) {

    SideData {
        samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}

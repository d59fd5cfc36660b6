package dev.aigate.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses service-level objectives written as {@code ttft:200ms,tpot:50ms} into metric → limit in milliseconds. */
public final class SloParser {

    private SloParser() {
    }

    public static Map<String, Double> parse(String text) {
        Map<String, Double> slos = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new IllegalArgumentException("'" + item + "' is not metric:limit, e.g. ttft:200ms");
            }
            String metric = item.substring(0, colon).trim();
            if (slos.containsKey(metric)) {
                throw new IllegalArgumentException("'" + metric + "' is given twice");
            }
            slos.put(metric, toMillis(item.substring(colon + 1).trim()));
        }
        return slos;
    }

    /** A duration limit such as {@code 200ms} in milliseconds. */
    public static double toMillis(String limit) {
        return Durations.parse(limit).toNanos() / 1e6;
    }
}

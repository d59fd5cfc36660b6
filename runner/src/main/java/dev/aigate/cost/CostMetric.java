package dev.aigate.cost;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The cost figures, by the names thresholds use: {@code cost(per_month) < $5000}. All are US dollars. */
public enum CostMetric {
    PER_REQUEST("per_request", "per request"),
    PER_1K_REQUESTS("per_1k_requests", "per 1k requests"),
    PER_DAY("per_day", "per day"),
    PER_MONTH("per_month", "per month (730 h)"),
    PER_1M_TOKENS("per_1m_tokens", "per 1M tokens (input + output)"),
    PER_1M_OUTPUT_TOKENS("per_1m_output_tokens", "per 1M output tokens");

    private static final Map<String, CostMetric> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CostMetric::metricName, Function.identity()));

    private final String metricName;
    private final String label;

    CostMetric(String metricName, String label) {
        this.metricName = metricName;
        this.label = label;
    }

    /** The name a threshold and result.json use, e.g. {@code per_month}. */
    public String metricName() {
        return metricName;
    }

    /** How tables label it, e.g. "per month (730 h)". */
    public String label() {
        return label;
    }

    /** The metric called {@code name}, or null. */
    public static CostMetric named(String name) {
        return BY_NAME.get(name);
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}

package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How one side's requests ended, when its data came from requests (live traffic, a bench result, a request log).
 * A side that completed none was not measured at all (unreachable, or failing every request), so the canary
 * cannot be judged: its error rate would count the outage as data.
 *
 * @param errors failed requests by error kind ({@code connection}, {@code http_5xx}...), in the order first seen
 */
public record RequestOutcomes(long sent, long completed, Map<String, Long> errors) {

    public RequestOutcomes {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean noneCompleted() {
        return completed == 0;
    }

    /** E.g. {@code baseline completed none of its 2 requests (connection: 2)}. */
    public String describeNoneCompleted(String side) {
        if (sent == 0) {
            return side + " sent no requests";
        }
        String kinds = errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        return side + " completed none of its " + sent + (sent == 1 ? " request" : " requests")
                + (kinds.isEmpty() ? "" : " (" + kinds + ")");
    }
}

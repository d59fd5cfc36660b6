package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one side's requests ended, when its data came from requests (live traffic, a bench result, a request log).
 * A side that completed none was not measured at all (unreachable, or failing every request), so the canary
 * cannot be judged: its error rate would count the outage as data.
 *
 * @param errors        failed requests by error kind ({@code connection}, {@code http_5xx}...), in the order first
 *                      seen
 * @param waitedForSlot requests of an open loop that fell due while every concurrency slot was busy, so the side
 *                      was offered less load than its schedule asked for
 */
public record RequestOutcomes(long sent, long completed, Map<String, Long> errors, long waitedForSlot) {

    public RequestOutcomes {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Outcomes of requests sent without a schedule to fall behind (a closed loop, live traffic). */
    public RequestOutcomes(long sent, long completed, Map<String, Long> errors) {
        this(sent, completed, errors, 0);
    }

    /**
     * A note when the side fell behind its open-loop schedule, e.g. {@code baseline: open loop behind its schedule,
     * 92 of 100 requests ...}; empty when it kept it.
     */
    public Optional<String> describeBehindSchedule(String side) {
        if (waitedForSlot == 0) {
            return Optional.empty();
        }
        return Optional.of(side + ": open loop behind its schedule, " + waitedForSlot + " of " + sent + " requests "
                + "fell due while every slot was busy and went out late: it was offered less load than asked for, "
                + "so its latencies do not compare like for like (re-run it with a higher concurrency)");
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

package dev.aigate.cost;

/**
 * What is priced: tokens per request, how many requests a day, and for a self-hosted server how many requests
 * per second one replica sustains.
 *
 * @param tokensPerRequest  average tokens of one request; null when nothing was measured (no request completed)
 * @param tokenSource       how exact those tokens are
 * @param requestsPerDay    requests per day; null when only per-request figures are wanted
 * @param capacity          requests per second one replica serves; null when no benchmark measured it
 * @param capacityMeetsSlos whether {@code capacity} counts only requests that met every SLO (goodput)
 */
public record Workload(RequestTokens tokensPerRequest, TokenSource tokenSource, Double requestsPerDay,
                       Double capacity, boolean capacityMeetsSlos) {

    /**
     * The workload of {@code traffic}: tokens from its mix when it has one, else from {@code measured}; capacity
     * from {@code measured}'s goodput when its benchmark had SLOs, else its throughput.
     *
     * @param measured a benchmark's usage, or null when there is none
     * @throws IllegalArgumentException when neither gives tokens per request
     */
    public static Workload of(TrafficProfile traffic, MeasuredUsage measured) {
        if (!traffic.hasMix() && measured == null) {
            throw new IllegalArgumentException("no tokens per request: give a traffic mix or a benchmark result");
        }
        RequestTokens tokens;
        TokenSource source;
        if (traffic.hasMix()) {
            tokens = traffic.averageTokens();
            source = traffic.tokenSource();
        } else {
            tokens = measured.completedRequests() == 0 ? null : measured.tokensPerRequest();
            source = measured.tokenSource();
        }
        Double capacity = null;
        boolean atSlo = false;
        if (measured != null) {
            atSlo = measured.goodputPerSecond() != null;
            capacity = measured.capacity();
        }
        return new Workload(tokens, source, traffic.requestsPerDay(), capacity, atSlo);
    }
}

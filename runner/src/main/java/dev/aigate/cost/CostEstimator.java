package dev.aigate.cost;

import dev.aigate.gate.Dimension;
import dev.aigate.gate.UnitFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prices a workload. All figures are US dollars; a month is 730 hours (8,760 h ÷ 12), as cloud bills and
 * Infracost count it.
 *
 * <p>API models: a request costs its tokens at the model's prices; per 1k requests and per day scale that; per
 * 1M tokens divides it by the request's tokens.
 *
 * <p>Self-hosted: a replica costs {@code gpus × $/GPU-hour} whether busy or idle, and serves at most its
 * measured capacity, the goodput at the SLOs when the benchmark set SLOs. A request costs the replica's price per
 * second ÷ capacity (a replica kept fully busy); per 1M tokens likewise over the tokens it serves per second. The
 * daily traffic needs {@code ceil(average requests/s ÷ capacity)} replicas (at least one), and per day and per
 * month are what those replicas cost: provisioned cost, which includes their idle time.
 */
public final class CostEstimator {

    public static final double HOURS_PER_MONTH = 730;
    private static final double SECONDS_PER_DAY = 86_400;
    private static final double MILLION = 1_000_000;

    private CostEstimator() {
    }

    public static CostEstimate estimate(Pricing pricing, Workload workload) {
        Map<CostMetric, Double> figures = new EnumMap<>(CostMetric.class);
        List<String> notes = new ArrayList<>();
        RequestTokens tokens = workload.tokensPerRequest();
        if (tokens == null) {
            notes.add("no request completed, so there are no tokens per request to price");
            return new CostEstimate(pricing, workload, figures, null, notes);
        }
        if (workload.tokenSource() == TokenSource.ESTIMATE) {
            notes.add("token counts are an estimate, so the cost is too");
        }
        Long replicas = null;
        if (pricing instanceof ApiPricing api) {
            priceApi(api, tokens, workload.requestsPerDay(), figures, notes);
        } else {
            replicas = priceGpu((GpuPricing) pricing, workload, figures, notes);
        }
        return new CostEstimate(pricing, workload, figures, replicas, notes);
    }

    private static void priceApi(ApiPricing api, RequestTokens tokens, Double requestsPerDay,
            Map<CostMetric, Double> figures, List<String> notes) {
        double perRequest = api.costOf(tokens);
        putPerRequest(perRequest, tokens, figures);
        if (requestsPerDay != null) {
            double perDay = perRequest * requestsPerDay;
            figures.put(CostMetric.PER_DAY, perDay);
            figures.put(CostMetric.PER_MONTH, perDay * HOURS_PER_MONTH / 24);
        }
        if (tokens.cachedInput() > 0 && api.price().cachedInputPerMillion() == null) {
            notes.add(api.price().model() + " has no cached-input price: cached tokens are billed as input");
        }
    }

    private static Long priceGpu(GpuPricing gpu, Workload workload, Map<CostMetric, Double> figures,
            List<String> notes) {
        Double capacity = workload.capacity();
        if (capacity == null) {
            notes.add("self-hosted cost needs a benchmark's measured throughput; none was given");
            return null;
        }
        if (capacity <= 0) {
            notes.add(workload.capacityMeetsSlos() ? "no request met every SLO, so the server has no capacity at "
                    + "the SLOs to price" : "no measured throughput to price");
            return null;
        }
        notes.add(String.format(Locale.ROOT, "capacity of one replica: %.3f requests/s %s", capacity,
                workload.capacityMeetsSlos() ? "meeting every SLO (goodput)"
                        : "(raw throughput: the benchmark set no SLOs, so latency targets may not hold at this load)"));
        double dollarsPerSecond = gpu.dollarsPerReplicaHour() / 3600;
        putPerRequest(dollarsPerSecond / capacity, workload.tokensPerRequest(), figures);
        if (workload.requestsPerDay() == null) {
            return null;
        }
        double averageRate = workload.requestsPerDay() / SECONDS_PER_DAY;
        long replicas = Math.max(1, (long) Math.ceil(averageRate / capacity));
        figures.put(CostMetric.PER_DAY, replicas * gpu.dollarsPerReplicaHour() * 24);
        figures.put(CostMetric.PER_MONTH, replicas * gpu.dollarsPerReplicaHour() * HOURS_PER_MONTH);
        notes.add(String.format(Locale.ROOT, "%d %s for an average of %.3f requests/s, provisioned around the clock "
                + "at %s per replica-hour; peaks above the average need more", replicas,
                replicas == 1 ? "replica" : "replicas", averageRate,
                UnitFormat.format(gpu.dollarsPerReplicaHour(), Dimension.MONEY)));
        return replicas;
    }

    /** Per request, per 1k requests, and per 1M tokens from the cost of one request of {@code tokens}. */
    private static void putPerRequest(double perRequest, RequestTokens tokens, Map<CostMetric, Double> figures) {
        figures.put(CostMetric.PER_REQUEST, perRequest);
        figures.put(CostMetric.PER_1K_REQUESTS, perRequest * 1000);
        if (tokens.total() > 0) {
            figures.put(CostMetric.PER_1M_TOKENS, perRequest / tokens.total() * MILLION);
        }
        if (tokens.output() > 0) {
            figures.put(CostMetric.PER_1M_OUTPUT_TOKENS, perRequest / tokens.output() * MILLION);
        }
    }
}

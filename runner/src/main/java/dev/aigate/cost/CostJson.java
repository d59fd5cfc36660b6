package dev.aigate.cost;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;

/**
 * Writes cost estimates as result.json carries them ({@code aigate/cost/v1}): {@code pricing},
 * {@code tokens_per_request}, {@code cost.<figure>} in dollars (null when it could not be computed), and with a
 * baseline, {@code baseline} and {@code change.<figure>} ({@code absolute} dollars, {@code relative} fraction).
 */
public final class CostJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CostJson() {
    }

    public static ObjectNode estimate(CostEstimate estimate) {
        ObjectNode root = NODES.objectNode();
        root.set("pricing", pricing(estimate.pricing()));
        Workload workload = estimate.workload();
        ObjectNode tokens = root.putObject("tokens_per_request");
        RequestTokens perRequest = workload.tokensPerRequest();
        tokens.put("input", perRequest == null ? null : perRequest.input());
        tokens.put("cached_input", perRequest == null ? null : perRequest.cachedInput());
        tokens.put("output", perRequest == null ? null : perRequest.output());
        tokens.put("source", workload.tokenSource().key());
        root.put("requests_per_day", workload.requestsPerDay());
        if (estimate.pricing() instanceof GpuPricing) {
            root.put("capacity_requests_per_s", workload.capacity());
            root.put("capacity_meets_slos", workload.capacityMeetsSlos());
            root.put("replicas", estimate.replicas());
        }
        ObjectNode cost = root.putObject("cost");
        for (CostMetric metric : CostMetric.values()) {
            cost.put(metric.metricName(), value(estimate.figure(metric)));
        }
        return root;
    }

    public static ObjectNode change(CostComparison comparison) {
        ObjectNode change = NODES.objectNode();
        for (CostMetric metric : CostMetric.values()) {
            ObjectNode figure = change.putObject(metric.metricName());
            figure.put("absolute", value(comparison.change(metric)));
            figure.put("relative", value(comparison.relativeChange(metric)));
        }
        return change;
    }

    private static ObjectNode pricing(Pricing pricing) {
        ObjectNode node = NODES.objectNode();
        if (pricing instanceof ApiPricing api) {
            ModelPrice price = api.price();
            node.put("kind", "api");
            node.put("model", price.model());
            node.put("provider", price.provider());
            node.put("input_per_1m", price.inputPerMillion());
            node.put("output_per_1m", price.outputPerMillion());
            node.put("cached_input_per_1m", price.cachedInputPerMillion());
            node.put("context_window", price.contextWindow());
            node.put("source", price.source());
            node.put("checked", price.checked());
        } else {
            GpuPricing gpu = (GpuPricing) pricing;
            node.put("kind", "gpu");
            node.put("gpu_hourly", gpu.dollarsPerGpuHour());
            node.put("gpus", gpu.gpus());
        }
        return node;
    }

    /** Rounded to 1e-10 (a hundred-millionth of a cent), so files carry no floating-point noise. */
    private static Double value(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 1e10) / 1e10 : null;
    }
}

package dev.aigate.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An {@code aigate run} result with every stage, each key figure at its place with a value of its own, trimmed to
 * the keys the figure readers look at; and the single-command results its stages would be.
 */
public final class SampleResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stages in the order {@code aigate run} writes them (GPU checks first). */
    private static final String RUN = """
            {"schema": "aigate/run/v1", "verdict": "fail", "stages": {
              "gpu-telemetry": {"verdict": "pass", "gpu": {"energy_j": 5000.0}},
              "prompts": {"verdict": "pass", "sides": {"baseline": {"pass_rate": 0.97}, "candidate": {"pass_rate": 0.81}}},
              "bench": {"verdict": "fail", "schema": "aigate/bench/v1",
                "metrics": {"ttft_ms": {"p50": 120.5, "p99": 250.25}, "tpot_ms": {"mean": 15.125, "p99": 18.5},
                            "itl_ms": {"p99": 40.75}, "e2el_ms": {"p99": 1900.0}, "client_queue_ms": {"p99": 0.5}},
                "throughput": {"requests_per_s": 7.5, "output_tokens_per_s": 905.375, "total_tokens_per_s": 2000.0},
                "goodput": {"requests_per_s": 6.25},
                "requests": {"sent": 200, "completed": 197, "failed": 3},
                "gpu": {"energy_j": 900.0, "joules_per_output_token": 0.125}},
              "canary": {"verdict": "marginal", "score": 62.5, "score_thresholds": {"pass": 75, "marginal": 50},
                         "metrics": {"ttft": {"p_value": 0.01}}},
              "cost": {"verdict": "pass", "cost": {"per_request": 0.0066, "per_1k_requests": 6.6, "per_day": null,
                       "per_month": 4818.0, "per_1m_tokens": 3.3, "per_1m_output_tokens": 9.9}}}}
            """;

    private SampleResults() {
    }

    /** The run result: stages gpu-telemetry, prompts, bench, canary, cost. */
    public static JsonNode run() {
        try {
            return JSON.readTree(RUN);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result of the single command {@code aigate <kind>} that ran the run's {@code kind} stage. */
    public static JsonNode single(String kind) {
        ObjectNode result = JSON.createObjectNode();
        run().path("stages").path(kind).fields().forEachRemaining(f -> result.set(f.getKey(), f.getValue()));
        return result.put("schema", ResultSections.schema(kind));
    }
}

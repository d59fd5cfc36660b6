package dev.aigate.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.result.ResultSections;

/**
 * What a benchmark measured that a cost needs: tokens per request and how many requests per second the server
 * sustained. Read from a bench result (result.json, {@code aigate/bench/v1}), or from the bench stage of a run
 * result ({@code aigate/run/v1}).
 *
 * @param model                the model the benchmark asked for; may be null
 * @param completedRequests    requests that completed
 * @param inputTokens          prompt tokens over completed requests
 * @param outputTokens         generated tokens over completed requests
 * @param tokenSource          how exact the counts are: server usage, or an estimate when output tokens were
 *                             counted from the text
 * @param requestsPerSecond    completed requests per second over the measured duration; null when unknown
 * @param goodputPerSecond     completed requests per second that met every SLO; null when the benchmark had no SLOs
 */
public record MeasuredUsage(String model, long completedRequests, long inputTokens, long outputTokens,
                            TokenSource tokenSource, Double requestsPerSecond, Double goodputPerSecond) {

    /** Tokens per completed request, on average. */
    public RequestTokens tokensPerRequest() {
        if (completedRequests == 0) {
            throw new IllegalStateException("no request completed");
        }
        return RequestTokens.of((double) inputTokens / completedRequests, (double) outputTokens / completedRequests);
    }

    /**
     * Requests per second one server sustains: the goodput at the SLOs when the benchmark set SLOs, else its
     * throughput; null when unknown.
     */
    public Double capacity() {
        return goodputPerSecond != null ? goodputPerSecond : requestsPerSecond;
    }

    /**
     * Reads the usage of a bench result, or of a run result's bench stage.
     *
     * @throws IllegalArgumentException naming what is missing when {@code root} is neither
     */
    public static MeasuredUsage fromResultJson(JsonNode root) {
        JsonNode bench = ResultSections.section(root, "bench")
                .orElseThrow(() -> new IllegalArgumentException(ResultSections.notFound(root, "bench")));
        long completed = count(bench, "requests", "completed");
        String outputSource = bench.path("output_tokens_source").asText("usage");
        return new MeasuredUsage(
                bench.path("config").path("model").isTextual() ? bench.path("config").path("model").asText() : null,
                completed,
                count(bench, "tokens", "input"),
                count(bench, "tokens", "output"),
                outputSource.equals("usage") ? TokenSource.SERVER_USAGE : TokenSource.ESTIMATE,
                rate(bench.path("throughput").path("requests_per_s")),
                rate(bench.path("goodput").path("requests_per_s")));
    }

    private static long count(JsonNode node, String object, String field) {
        JsonNode value = node.path(object).path(field);
        if (!value.canConvertToLong() || value.asLong() < 0) {
            throw new IllegalArgumentException("missing or invalid \"" + object + "." + field + "\"");
        }
        return value.asLong();
    }

    private static Double rate(JsonNode value) {
        return value.isNumber() && value.asDouble() >= 0 ? value.asDouble() : null;
    }
}

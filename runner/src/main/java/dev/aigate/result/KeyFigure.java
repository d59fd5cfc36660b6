package dev.aigate.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure of a result.json that pipelines branch on and history files trend, and {@link #ALL} of them: add a
 * figure here and both readers have it. Both name styles are relied on, so each figure lists its names side by
 * side: {@code outputName}, kebab-case, for the GitHub Action's outputs and the Jenkins steps' values
 * (docs/github-action.md, docs/jenkins.md); {@code historyName}, snake_case, in {@code --history} files
 * (docs/reports.md), where a run prefixes it with the stage. A null name: not published in that style.
 *
 * @param stage the stage whose section of the result holds the figure ({@link ResultSections})
 * @param value reads the figure from that section; empty when the result lacks it or holds it as null
 */
public record KeyFigure(String stage, String outputName, String historyName,
        Function<JsonNode, Optional<Double>> value) {

    /** Every key figure, in the order both styles list them. */
    public static final List<KeyFigure> ALL = List.of(
            at("bench", "/metrics/ttft_ms/p50", "ttft-p50-ms", "ttft_p50_ms"),
            at("bench", "/metrics/ttft_ms/p99", "ttft-p99-ms", "ttft_p99_ms"),
            at("bench", "/metrics/tpot_ms/mean", "tpot-mean-ms", "tpot_mean_ms"),
            at("bench", "/metrics/tpot_ms/p99", "tpot-p99-ms", null),
            at("bench", "/metrics/itl_ms/p99", "itl-p99-ms", "itl_p99_ms"),
            at("bench", "/metrics/e2el_ms/p99", "e2el-p99-ms", "e2el_p99_ms"),
            at("bench", "/throughput/requests_per_s", "requests-per-s", null),
            at("bench", "/throughput/output_tokens_per_s", "output-tokens-per-s", "output_tokens_per_s"),
            at("bench", "/goodput/requests_per_s", "goodput-requests-per-s", "goodput_per_s"),
            new KeyFigure("bench", "error-rate", "error_rate", KeyFigure::errorRate),
            at("bench", "/gpu/joules_per_output_token", null, "gpu_joules_per_output_token"),
            at("prompts", "/sides/candidate/pass_rate", "prompts-pass-rate", "pass_rate"),
            at("canary", "/score", "canary-score", "canary_score"),
            // Every figure of the cost stage's "cost" object (CostMetric); KeyFigureTest checks none is missing.
            at("cost", "/cost/per_request", "cost-per-request", null),
            at("cost", "/cost/per_1k_requests", "cost-per-1k-requests", "cost_per_1k_requests"),
            at("cost", "/cost/per_day", "cost-per-day", null),
            at("cost", "/cost/per_month", "cost-per-month", null),
            at("cost", "/cost/per_1m_tokens", "cost-per-1m-tokens", null),
            at("cost", "/cost/per_1m_output_tokens", "cost-per-1m-output-tokens", null));

    /** The figure's value in {@code section}, the section of its {@link #stage}. */
    public Optional<Double> read(JsonNode section) {
        return value.apply(section);
    }

    /** The figure at a JSON pointer of its stage's section. */
    private static KeyFigure at(String stage, String pointer, String outputName, String historyName) {
        return new KeyFigure(stage, outputName, historyName, section -> number(section.at(pointer)));
    }

    /** Failed ÷ sent requests; absent before anything was sent. */
    private static Optional<Double> errorRate(JsonNode bench) {
        JsonNode requests = bench.path("requests");
        double sent = requests.path("sent").asDouble();
        return sent > 0 ? number(requests.path("failed")).map(failed -> failed / sent) : Optional.empty();
    }

    private static Optional<Double> number(JsonNode value) {
        return value.isNumber() && Double.isFinite(value.asDouble()) ? Optional.of(value.asDouble()) : Optional.empty();
    }
}

package dev.aigate.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.bench.EveryShardOnce;
import dev.aigate.bench.Shard;
import dev.aigate.config.ConfigException;
import dev.aigate.config.JsonFiles;
import dev.aigate.prompts.analysis.CaseSummary;
import dev.aigate.prompts.analysis.PairedComparison;
import dev.aigate.prompts.analysis.SideSummary;
import dev.aigate.prompts.analysis.WordDiff;
import dev.aigate.prompts.assertion.Output;
import dev.aigate.prompts.exec.Attempt;
import dev.aigate.prompts.exec.SideRun;
import dev.aigate.provider.ToolCall;
import dev.aigate.result.ResultSections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code aigate/prompts/v1} result body: summaries for people and machines, plus every attempt so that a
 * stored result can serve as a later run's baseline and shard results merge exactly ({@link #merge}).
 */
public final class PromptResults {

    public static final String SCHEMA = "aigate/prompts/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptResults() {
    }

    /** The result body (without the report's common keys: schema, verdict, gates, notes). */
    public static ObjectNode toJson(PromptsAnalysis analysis) {
        PromptsRun run = analysis.run();
        ObjectNode root = JSON.createObjectNode();
        root.put("suite", run.suite());
        ObjectNode settings = root.putObject("settings");
        settings.put("repeat", run.settings().repeat());
        settings.put("alpha", run.settings().alpha());
        settings.put("margin", run.settings().margin());
        settings.put("confidence", run.settings().confidence());
        settings.put("shard", run.settings().shard());
        root.set("case_order", JSON.valueToTree(run.caseOrder()));
        ObjectNode sides = root.putObject("sides");
        analysis.baseline().ifPresent(b -> sides.set("baseline", side(b)));
        sides.set("candidate", side(analysis.candidate()));
        analysis.comparison().ifPresent(c -> root.set("comparison", comparison(c, analysis)));
        if (run.budget() != null) {
            root.putObject("budget").put("limit_usd", run.budget().limitUsd())
                    .put("estimate_usd", run.budget().estimateUsd()).put("tripped", run.budget().tripped());
        }
        if (run.grading() != null) {
            root.putObject("grading").put("grader", run.grading().grader()).put("calls", run.grading().calls())
                    .put("failures", run.grading().failures()).put("cost_usd", run.grading().costUsd());
        }
        return root;
    }

    private static ObjectNode side(SideSummary side) {
        ObjectNode node = JSON.createObjectNode();
        SideRun run = side.run();
        node.put("target", run.target());
        node.put("pass_rate", nullable(side.passRate()));
        node.put("ci_low", side.passRateInterval().low());
        node.put("ci_high", side.passRateInterval().high());
        node.put("cases_judged", side.judgedCases());
        node.put("cases_passed", side.passedCases());
        ObjectNode classes = node.putObject("classes");
        for (var caseClass : dev.aigate.prompts.analysis.CaseClass.values()) {
            classes.put(caseClass.label(), side.count(caseClass));
        }
        node.put("attempts", side.attempts());
        node.put("errors", side.erroredAttempts());
        node.put("skipped_by_budget", run.skippedByBudget());
        node.put("cost_usd", run.costUsd());
        node.put("rate_limit_reductions", run.rateLimitReductions());
        node.put("interrupted", run.interrupted());
        ObjectNode metrics = node.putObject("metrics");
        side.metrics().forEach((name, counts) -> metrics.put(name, counts[1] == 0 ? 0 : counts[0] / counts[1]));
        ArrayNode cases = node.putArray("cases");
        for (CaseSummary summary : side.cases().values()) {
            ObjectNode c = cases.addObject();
            c.put("id", summary.caseId());
            c.put("class", summary.caseClass().label());
            c.put("passes", summary.passes());
            c.put("judged", summary.judged());
            c.put("errors", summary.errors());
            c.put("ci_low", summary.interval().low());
            c.put("ci_high", summary.interval().high());
            ArrayNode attempts = c.putArray("attempts");
            summary.attempts().forEach(a -> attempts.add(attempt(a)));
        }
        return node;
    }

    private static ObjectNode attempt(Attempt attempt) {
        ObjectNode node = JSON.createObjectNode();
        node.put("repeat", attempt.repeat());
        node.put("pass", attempt.pass());
        node.put("score", attempt.score());
        node.set("failures", JSON.valueToTree(attempt.failures()));
        if (!attempt.metrics().isEmpty()) {
            node.set("metrics", JSON.valueToTree(new java.util.TreeMap<>(attempt.metrics())));
        }
        if (attempt.error() != null) {
            node.put("error", attempt.error());
        }
        Output output = attempt.output();
        if (output != null) {
            node.put("output", output.text());
            if (!output.toolCalls().isEmpty()) {
                ArrayNode calls = node.putArray("tool_calls");
                output.toolCalls().forEach(t -> calls.addObject().put("name", t.name())
                        .put("arguments", t.arguments()));
            }
            node.put("finish_reason", output.finishReason());
            node.put("latency_ms", Math.round(output.latencyMs() * 1000) / 1000.0);
            node.put("input_tokens", output.inputTokens());
            node.put("output_tokens", output.outputTokens());
            node.put("cost_usd", output.costUsd());
            node.put("cached", attempt.cached());
        }
        return node;
    }

    private static ObjectNode comparison(PairedComparison comparison, PromptsAnalysis analysis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("test", "exact McNemar (two-sided binomial on discordant pairs)");
        node.put("pairs", comparison.pairs());
        node.put("regressed_count", comparison.regressed().size());
        node.put("improved_count", comparison.improved().size());
        node.put("p_value", comparison.pValue());
        node.put("drop", comparison.drop());
        node.put("alpha", comparison.alpha());
        node.put("margin", comparison.margin());
        node.put("significant", comparison.significant());
        node.put("regression", comparison.regression());
        node.set("regressed", changes(comparison.regressed(), analysis));
        node.set("improved", changes(comparison.improved(), analysis));
        return node;
    }

    private static ArrayNode changes(List<String> ids, PromptsAnalysis analysis) {
        ArrayNode list = JSON.createArrayNode();
        SideSummary baseline = analysis.baseline().orElseThrow();
        for (String id : ids) {
            CaseSummary before = baseline.cases().get(id);
            CaseSummary after = analysis.candidate().cases().get(id);
            ObjectNode change = list.addObject();
            change.put("id", id);
            change.put("baseline_passes", before.passes() + "/" + before.judged());
            change.put("candidate_passes", after.passes() + "/" + after.judged());
            String beforeText = text(before.example());
            String afterText = text(after.example());
            change.put("baseline_output", beforeText);
            change.put("candidate_output", afterText);
            change.put("diff", WordDiff.diff(beforeText, afterText));
            Attempt failing = after.passed() ? before.example() : after.example();
            change.set("failures", JSON.valueToTree(failing == null ? List.of() : failing.failures()));
        }
        return list;
    }

    /** An answer as text, tool calls written as {@code name(arguments)}. */
    public static String text(Attempt attempt) {
        if (attempt == null || attempt.output() == null) {
            return attempt == null ? "" : "(error: " + attempt.error() + ")";
        }
        StringBuilder text = new StringBuilder(attempt.output().text());
        for (ToolCall call : attempt.output().toolCalls()) {
            text.append(text.length() == 0 ? "" : " ").append(call.name()).append('(').append(call.arguments())
                    .append(')');
        }
        return text.toString();
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** Reads a stored prompts result.json back into the run it describes. */
    public static PromptsRun read(Path file) {
        return fromJson(JsonFiles.read(file), file.toString());
    }

    /**
     * The run a result describes: an {@code aigate/prompts/v1} result, or the prompts stage of an
     * {@code aigate/run/v1} one.
     *
     * @throws ConfigException when it is neither
     */
    public static PromptsRun fromJson(JsonNode json, String source) {
        JsonNode root = ResultSections.section(json, "prompts")
                .orElseThrow(() -> new ConfigException(source + ": " + ResultSections.notFound(json, "prompts")));
        JsonNode s = root.path("settings");
        PromptsRun.Settings settings = new PromptsRun.Settings(s.path("repeat").asInt(1),
                s.path("alpha").asDouble(0.05), s.path("margin").asDouble(0), s.path("confidence").asDouble(0.95),
                s.path("shard").asText("0/1"));
        List<String> order = new ArrayList<>();
        root.path("case_order").forEach(id -> order.add(id.asText()));
        SideRun candidate = sideRun("candidate", root.path("sides").path("candidate"));
        Optional<SideRun> baseline = root.path("sides").has("baseline")
                ? Optional.of(sideRun("baseline", root.path("sides").path("baseline"))) : Optional.empty();
        JsonNode b = root.path("budget");
        PromptsRun.Budget budget = b.isObject() ? new PromptsRun.Budget(b.path("limit_usd").asDouble(),
                b.path("estimate_usd").asDouble(), b.path("tripped").asBoolean()) : null;
        JsonNode g = root.path("grading");
        PromptsRun.Grading grading = g.isObject() ? new PromptsRun.Grading(g.path("grader").asText(),
                g.path("calls").asLong(), g.path("failures").asLong(), g.path("cost_usd").asDouble()) : null;
        return new PromptsRun(root.path("suite").asText(), settings, order, candidate, baseline, budget, grading);
    }

    private static SideRun sideRun(String side, JsonNode node) {
        List<Attempt> attempts = new ArrayList<>();
        for (JsonNode c : node.path("cases")) {
            String id = c.path("id").asText();
            for (JsonNode a : c.path("attempts")) {
                attempts.add(readAttempt(id, a));
            }
        }
        return new SideRun(side, node.path("target").asText(), attempts, node.path("skipped_by_budget").asLong(),
                node.path("cost_usd").asDouble(), node.path("rate_limit_reductions").asInt(),
                node.path("interrupted").asBoolean());
    }

    private static Attempt readAttempt(String caseId, JsonNode a) {
        List<String> failures = new ArrayList<>();
        a.path("failures").forEach(f -> failures.add(f.asText()));
        Map<String, Boolean> metrics = new HashMap<>();
        a.path("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asBoolean()));
        Output output = null;
        if (a.has("output")) {
            List<ToolCall> calls = new ArrayList<>();
            a.path("tool_calls").forEach(t -> calls.add(new ToolCall(null, t.path("name").asText(),
                    t.path("arguments").asText())));
            output = new Output(a.path("output").asText(), calls, a.path("finish_reason").asText(null),
                    a.path("latency_ms").asDouble(), a.path("input_tokens").asInt(), a.path("output_tokens").asInt(),
                    a.path("cost_usd").asDouble());
        }
        return new Attempt(caseId, a.path("repeat").asInt(), a.path("pass").asBoolean(), a.path("score").asDouble(),
                failures, metrics, output, a.hasNonNull("error") ? a.get("error").asText() : null,
                a.path("cached").asBoolean());
    }

    /**
     * Merges shard results ({@code --shard i/N}) of one suite into the result of the whole run: attempts are
     * concatenated per side, costs and counters added; statistics are then recomputed from the attempts, so the
     * merge is exact. Shards must share the suite, repeat, alpha and margin, and not overlap.
     *
     * @throws ConfigException naming the shard that does not fit
     */
    public static PromptsRun merge(List<JsonNode> shards) {
        if (shards.isEmpty()) {
            throw new ConfigException("merge: no prompts results given");
        }
        List<PromptsRun> runs = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            runs.add(fromJson(shards.get(i), "result " + (i + 1)));
        }
        checkEveryShardOnce(runs);
        PromptsRun first = runs.get(0);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            PromptsRun run = runs.get(i);
            if (!run.suite().equals(first.suite()) || run.settings().repeat() != first.settings().repeat()
                    || run.settings().alpha() != first.settings().alpha()
                    || run.settings().margin() != first.settings().margin()
                    || run.baseline().isPresent() != first.baseline().isPresent()) {
                throw new ConfigException("merge: result " + (i + 1) + " is from another suite or other settings "
                        + "(suite, repeat, alpha, margin and baseline must match)");
            }
            for (Attempt attempt : run.candidate().attempts()) {
                Integer other = seen.putIfAbsent(attempt.caseId() + "#" + attempt.repeat(), i);
                if (other != null && other != i) {
                    throw new ConfigException("merge: case '" + attempt.caseId() + "' is in results " + (other + 1)
                            + " and " + (i + 1) + "; shards must not overlap");
                }
            }
        }
        SideRun candidate = concat("candidate", runs.stream().map(PromptsRun::candidate).toList());
        Optional<SideRun> baseline = first.baseline().isPresent()
                ? Optional.of(concat("baseline", runs.stream().map(r -> r.baseline().orElseThrow()).toList()))
                : Optional.empty();
        PromptsRun.Budget budget = runs.stream().map(PromptsRun::budget).filter(java.util.Objects::nonNull)
                .reduce((x, y) -> new PromptsRun.Budget(x.limitUsd() + y.limitUsd(), x.estimateUsd() + y.estimateUsd(),
                        x.tripped() || y.tripped())).orElse(null);
        PromptsRun.Grading grading = runs.stream().map(PromptsRun::grading).filter(java.util.Objects::nonNull)
                .reduce((x, y) -> new PromptsRun.Grading(x.grader(), x.calls() + y.calls(), x.failures() + y.failures(),
                        x.costUsd() + y.costUsd())).orElse(null);
        PromptsRun.Settings settings = new PromptsRun.Settings(first.settings().repeat(), first.settings().alpha(),
                first.settings().margin(), first.settings().confidence(), "merged from " + runs.size() + " shards");
        return new PromptsRun(first.suite(), settings, first.caseOrder(), candidate, baseline, budget, grading);
    }

    /** Shards {@code 0/N} to {@code N-1/N} of one split, each once: a partial merge would not be the suite. */
    private static void checkEveryShardOnce(List<PromptsRun> runs) {
        List<Shard> shards = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String shard = runs.get(i).settings().shard();
            try {
                shards.add(Shard.parse(shard));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("merge: result " + (i + 1) + " is not one shard's result (its shard is '"
                        + shard + "'); merge the shard results themselves");
            }
            names.add("result " + (i + 1));
        }
        try {
            EveryShardOnce.check("prompts", shards, names);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("merge: " + e.getMessage());
        }
    }

    private static SideRun concat(String side, List<SideRun> parts) {
        List<Attempt> attempts = new ArrayList<>();
        long skipped = 0;
        double cost = 0;
        int reductions = 0;
        boolean interrupted = false;
        for (SideRun part : parts) {
            attempts.addAll(part.attempts());
            skipped += part.skippedByBudget();
            cost += part.costUsd();
            reductions += part.rateLimitReductions();
            interrupted |= part.interrupted();
        }
        return new SideRun(side, parts.get(0).target(), attempts, skipped, cost, reductions, interrupted);
    }
}

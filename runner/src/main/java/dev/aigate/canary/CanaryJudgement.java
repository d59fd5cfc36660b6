package dev.aigate.canary;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.Table;
import dev.aigate.stats.QuantileBootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The judge's answer: every metric judged, the score and the verdict, in the shapes reports need (result.json
 * keys of SPEC §5, one gate per metric plus one for the score, a table).
 */
public record CanaryJudgement(List<MetricJudgement> metrics, CanaryScore score, CanaryConfig config, String source,
        SequentialMonitor.Decision sequential) {

    public static final String STAGE = "canary";

    public CanaryJudgement {
        metrics = List.copyOf(metrics);
    }

    public Verdict verdict() {
        return score.verdict();
    }

    /** The fixed keys: {@code score}, {@code verdict}, {@code metrics.<name>.{p_value, ..., classification}}. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        putNumber(root, "score", score.score());
        root.put("verdict", verdict().label());
        root.put("confidence", config.confidence());
        root.put("source", source);
        ObjectNode thresholds = root.putObject("score_thresholds");
        thresholds.put("pass", config.passScore());
        thresholds.put("marginal", config.marginalScore());
        if (sequential != null) {
            ObjectNode stop = root.putObject("sequential");
            stop.put("stopped_early", true);
            stop.put("regression", sequential.regression());
            stop.put("pairs", sequential.pairs());
            stop.put("reason", sequential.reason());
        }
        ObjectNode all = root.putObject("metrics");
        for (MetricJudgement m : metrics) {
            MetricStatistics s = m.statistics();
            ObjectNode node = all.putObject(m.name());
            putNumber(node, "p_value", s.pValue());
            putNumber(node, "p_value_adjusted", m.pValueAdjusted());
            putNumber(node, "shift", s.shift());
            putNumber(node, "ci_low", s.ciLow());
            putNumber(node, "ci_high", s.ciHigh());
            putNumber(node, "effect_ratio", s.effectRatio());
            node.put("classification", m.classification().label());
            node.put("reason", m.reason());
            node.put("test", s.test().label());
            node.put("direction", m.rule().direction().label());
            node.put("critical", m.rule().critical());
            node.put("group", m.rule().group());
            node.put("allowed_increase", m.rule().allowedIncrease());
            node.put("allowed_decrease", m.rule().allowedDecrease());
            side(node.putObject("baseline"), s.baselineCount(), s.baselineCenter(), s.test());
            side(node.putObject("candidate"), s.candidateCount(), s.candidateCenter(), s.test());
            s.tail().ifPresent(t -> tail(node.putObject("tail"), t));
        }
        return root;
    }

    /**
     * One gate per metric, and the score as the last; a metric without data that does not count is not judged
     * (inconclusive), never passed, and marked not scored unless it is critical (a critical metric without data
     * stays an error where CI shows it). When nothing could be scored, the score's gate alone, saying why.
     */
    public List<GateResult> gates() {
        if (Double.isNaN(score.score())) {
            return List.of(new GateResult(STAGE, "canary score", verdict(), score.notes().get(0)));
        }
        List<GateResult> gates = new ArrayList<>();
        for (MetricJudgement m : metrics) {
            // A regressed metric is a failed gate even when the score tolerates it (the canary is then marginal).
            Verdict v = m.failed() ? Verdict.FAIL : m.scored() ? Verdict.PASS : Verdict.INCONCLUSIVE;
            GateResult.Kind kind = m.scored() || m.rule().critical() ? GateResult.Kind.GATE
                    : GateResult.Kind.NOT_SCORED;
            gates.add(new GateResult(STAGE, m.name(), v, m.name() + " " + m.classification().label() + ": "
                    + m.reason() + (m.rule().critical() ? " [critical]" : ""), kind));
        }
        String scoreText = "score " + MetricClassifier.format(score.score()) + " (pass >= "
                + MetricClassifier.format(config.passScore()) + ", marginal >= "
                + MetricClassifier.format(config.marginalScore()) + ")";
        gates.add(new GateResult(STAGE, "canary score", verdict(), scoreText + ": " + verdict().label()));
        return gates;
    }

    public Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (MetricJudgement m : metrics) {
            MetricStatistics s = m.statistics();
            rows.add(List.of(m.name(), m.classification().label(), s.baselineCount() + " / " + s.candidateCount(),
                    fmt(s.baselineCenter()) + " -> " + fmt(s.candidateCenter()), fmt(s.effectRatio()),
                    fmt(s.shift()) + " [" + fmt(s.ciLow()) + ", " + fmt(s.ciHigh()) + "]", fmt(s.pValue()),
                    fmt(m.pValueAdjusted())));
        }
        return new Table("Canary: candidate vs baseline (" + source + ")", List.of("metric", "class", "n (b / c)",
                "mean or rate", "ratio", "shift [CI " + MetricClassifier.format(config.confidence() * 100) + "%]",
                "p", "p (Holm)"), rows);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : MetricClassifier.format(v);
    }

    private static void side(ObjectNode node, long count, double center, MetricTest test) {
        node.put(test == MetricTest.FISHER ? "trials" : "count", count);
        putNumber(node, test == MetricTest.FISHER ? "rate" : "mean", center);
    }

    private static void tail(ObjectNode node, QuantileBootstrap.Result t) {
        node.put("quantile", t.quantile());
        node.put("baseline", t.baselineValue());
        node.put("candidate", t.candidateValue());
        node.put("difference", t.difference());
        node.put("ci_low", t.interval().low());
        node.put("ci_high", t.interval().high());
    }

    /** JSON has no NaN or infinity: those are written as null. */
    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}

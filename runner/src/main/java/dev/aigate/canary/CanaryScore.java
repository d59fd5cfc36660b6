package dev.aigate.canary;

import dev.aigate.gate.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canary's score and verdict from its judged metrics, as Kayenta's judge forms them: the share of metrics that
 * pass, per group weighted when groups have weights; a failed critical metric sets the score to 0; the verdict is
 * {@code pass} at or above the pass score, {@code marginal} at or above the marginal score, else {@code fail};
 * nothing judged at all is {@code inconclusive}, and its first note says why.
 *
 * @param score   0..100, or NaN when nothing could be scored
 * @param notes   why the verdict is what it is, in plain words
 */
public record CanaryScore(double score, Verdict verdict, List<String> notes) {

    public CanaryScore {
        notes = List.copyOf(notes);
    }

    static CanaryScore of(List<MetricJudgement> metrics, CanaryConfig config) {
        List<String> notes = new ArrayList<>();
        List<MetricJudgement> scored = metrics.stream().filter(MetricJudgement::scored).toList();
        if (scored.isEmpty()) {
            return inconclusive("no metric had data on both sides (" + metrics.stream().map(MetricJudgement::name)
                    .collect(Collectors.joining(", ")) + ")");
        }
        double score = config.groupWeights().isEmpty() ? 100.0 * passed(scored) / scored.size()
                : weighted(scored, config.groupWeights(), notes);
        List<String> vetoes = scored.stream().filter(m -> m.rule().critical() && m.failed()).map(MetricJudgement::name)
                .toList();
        if (!vetoes.isEmpty()) {
            notes.add("critical metric failed: " + String.join(", ", vetoes) + " (score set to 0)");
            return new CanaryScore(0, Verdict.FAIL, notes);
        }
        Verdict verdict = score >= config.passScore() ? Verdict.PASS
                : score >= config.marginalScore() ? Verdict.MARGINAL : Verdict.FAIL;
        return new CanaryScore(score, verdict, notes);
    }

    /** Nothing could be scored, for {@code reason}: the first note. */
    static CanaryScore inconclusive(String reason) {
        return new CanaryScore(Double.NaN, Verdict.INCONCLUSIVE, List.of(reason));
    }

    private static long passed(List<MetricJudgement> metrics) {
        return metrics.stream().filter(m -> !m.failed()).count();
    }

    private static double weighted(List<MetricJudgement> scored, Map<String, Double> weights, List<String> notes) {
        Map<String, List<MetricJudgement>> byGroup = new LinkedHashMap<>();
        for (MetricJudgement m : scored) {
            if (weights.containsKey(m.rule().group())) {
                byGroup.computeIfAbsent(m.rule().group(), g -> new ArrayList<>()).add(m);
            } else {
                notes.add(m.name() + " is in group '" + m.rule().group() + "', which has no weight: reported, not "
                        + "scored");
            }
        }
        double total = 0;
        double weightSum = 0;
        for (Map.Entry<String, List<MetricJudgement>> group : byGroup.entrySet()) {
            double weight = weights.get(group.getKey());
            total += weight * passed(group.getValue()) / group.getValue().size();
            weightSum += weight;
        }
        return weightSum == 0 ? 100 : 100 * total / weightSum;
    }
}

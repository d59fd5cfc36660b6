package dev.aigate.prompts.analysis;

import dev.aigate.prompts.exec.Attempt;
import dev.aigate.prompts.exec.SideRun;
import dev.aigate.stats.Interval;
import dev.aigate.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side's results per case, and the suite's pass rate: the share of judged cases that passed, with its Wilson
 * interval. Named metrics are pass rates over the attempts that fed them.
 */
public record SideSummary(SideRun run, Map<String, CaseSummary> cases, Interval passRateInterval,
                          Map<String, double[]> metrics) {

    public static SideSummary of(SideRun run, List<String> caseOrder, double confidence) {
        Map<String, List<Attempt>> byCase = new LinkedHashMap<>();
        caseOrder.forEach(id -> byCase.put(id, new ArrayList<>()));
        for (Attempt attempt : run.attempts()) {
            byCase.computeIfAbsent(attempt.caseId(), id -> new ArrayList<>()).add(attempt);
        }
        Map<String, CaseSummary> cases = new LinkedHashMap<>();
        byCase.forEach((id, attempts) -> {
            if (!attempts.isEmpty()) {
                cases.put(id, CaseSummary.of(id, attempts, confidence));
            }
        });
        long judged = cases.values().stream().filter(CaseSummary::judgedAtAll).count();
        long passed = cases.values().stream().filter(c -> c.judgedAtAll() && c.passed()).count();
        Map<String, double[]> metrics = new TreeMap<>();
        for (Attempt attempt : run.attempts()) {
            attempt.metrics().forEach((name, pass) -> {
                double[] counts = metrics.computeIfAbsent(name, n -> new double[2]);
                counts[0] += pass ? 1 : 0;
                counts[1] += 1;
            });
        }
        return new SideSummary(run, cases, WilsonInterval.of(passed, judged, confidence), metrics);
    }

    public long judgedCases() {
        return cases.values().stream().filter(CaseSummary::judgedAtAll).count();
    }

    public long passedCases() {
        return cases.values().stream().filter(c -> c.judgedAtAll() && c.passed()).count();
    }

    /** Passing cases ÷ judged cases; NaN when nothing was judged. */
    public double passRate() {
        long judged = judgedCases();
        return judged == 0 ? Double.NaN : (double) passedCases() / judged;
    }

    public long attempts() {
        return run.attempts().size();
    }

    public long erroredAttempts() {
        return run.attempts().stream().filter(Attempt::errored).count();
    }

    public long count(CaseClass wanted) {
        return cases.values().stream().filter(c -> c.caseClass() == wanted).count();
    }

    /** Mean latency of answered (not cached) calls in ms, NaN when none. */
    public double meanLatencyMs() {
        return run.attempts().stream().filter(a -> a.output() != null && !a.cached())
                .mapToDouble(a -> a.output().latencyMs()).average().orElse(Double.NaN);
    }
}

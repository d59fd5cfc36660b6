package dev.aigate.prompts.analysis;

import dev.aigate.stats.McNemarTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline against candidate on the same cases (SPEC §5): each case judged on both sides is a pair of pass/fail
 * outcomes; the exact McNemar test asks whether the discordant pairs lean one way more than chance allows. The
 * gate fails only when the drop in pass rate is significant ({@code p < alpha}) <em>and</em> larger than the
 * stated margin, so a large suite does not fail on a trivial drop and a small one does not fail on noise.
 *
 * @param pairs     cases judged on both sides
 * @param regressed cases that passed on the baseline and fail on the candidate (McNemar's b)
 * @param improved  cases that failed on the baseline and pass on the candidate (c)
 * @param pValue    two-sided exact McNemar p-value
 * @param drop      (b − c) ÷ pairs: the fall in pass rate over the paired cases
 */
public record PairedComparison(long pairs, List<String> regressed, List<String> improved, double pValue,
                               double drop, double alpha, double margin) {

    public PairedComparison {
        regressed = List.copyOf(regressed);
        improved = List.copyOf(improved);
    }

    public static PairedComparison of(SideSummary baseline, SideSummary candidate, double alpha, double margin) {
        List<String> regressed = new ArrayList<>();
        List<String> improved = new ArrayList<>();
        long pairs = 0;
        for (CaseSummary after : candidate.cases().values()) {
            CaseSummary before = baseline.cases().get(after.caseId());
            if (before == null || !before.judgedAtAll() || !after.judgedAtAll()) {
                continue;
            }
            pairs++;
            if (before.passed() && !after.passed()) {
                regressed.add(after.caseId());
            } else if (!before.passed() && after.passed()) {
                improved.add(after.caseId());
            }
        }
        double p = McNemarTest.pValue(regressed.size(), improved.size());
        double drop = pairs == 0 ? 0 : (double) (regressed.size() - improved.size()) / pairs;
        return new PairedComparison(pairs, regressed, improved, p, drop, alpha, margin);
    }

    public boolean significant() {
        return pValue < alpha && regressed.size() > improved.size();
    }

    /** The gate: a significant drop larger than the margin. */
    public boolean regression() {
        return significant() && drop > margin;
    }
}

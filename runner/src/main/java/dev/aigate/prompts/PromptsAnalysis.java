package dev.aigate.prompts;

import dev.aigate.prompts.analysis.PairedComparison;
import dev.aigate.prompts.analysis.SideSummary;
import java.util.Optional;

/** The statistics of a run: each side's cases and pass rate, and the paired comparison when there is a baseline. */
public record PromptsAnalysis(PromptsRun run, SideSummary candidate, Optional<SideSummary> baseline,
                              Optional<PairedComparison> comparison) {

    public static PromptsAnalysis of(PromptsRun run) {
        double confidence = run.settings().confidence();
        SideSummary candidate = SideSummary.of(run.candidate(), run.caseOrder(), confidence);
        Optional<SideSummary> baseline = run.baseline().map(b -> SideSummary.of(b, run.caseOrder(), confidence));
        Optional<PairedComparison> comparison = baseline.map(b -> PairedComparison.of(b, candidate,
                run.settings().alpha(), run.settings().margin()));
        return new PromptsAnalysis(run, candidate, baseline, comparison);
    }
}

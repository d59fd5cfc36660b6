package dev.aigate.prompts;

import dev.aigate.prompts.exec.SideRun;
import java.util.List;
import java.util.Optional;

/**
 * The raw outcome of a prompt suite run: what each side answered and how it graded, and the settings needed to
 * judge it. Everything else (per-case statistics, the comparison, the verdict) is derived from this, so shards
 * merge exactly by concatenating attempts.
 *
 * @param caseOrder the suite's case ids in order (all of them, whichever shard ran)
 * @param baseline  empty when there was nothing to compare with
 * @param budget    the {@code --max-cost} state, or null for no limit
 * @param grading   the grader's calls and spend, or null when no assertion called one
 */
public record PromptsRun(String suite, Settings settings, List<String> caseOrder, SideRun candidate,
                         Optional<SideRun> baseline, Budget budget, Grading grading) {

    public PromptsRun {
        caseOrder = List.copyOf(caseOrder);
    }

    /**
     * @param alpha      McNemar significance level
     * @param margin     the drop in pass rate a regression must exceed, as a fraction
     * @param confidence of the Wilson intervals
     * @param shard      {@code i/N} (0-based, as {@code --shard} takes it), or {@code 0/1}
     */
    public record Settings(int repeat, double alpha, double margin, double confidence, String shard) {
    }

    /** The cost breaker: the limit, the estimate made before the run, and whether it stopped the run. */
    public record Budget(double limitUsd, double estimateUsd, boolean tripped) {
    }

    /** What the grader model was asked and what it cost, apart from the suite's own spend. */
    public record Grading(String grader, long calls, long failures, double costUsd) {
    }
}

package dev.aigate.run;

import dev.aigate.prompts.PromptResults;
import dev.aigate.prompts.PromptsAnalysis;
import dev.aigate.prompts.analysis.CaseClass;
import dev.aigate.prompts.analysis.CaseSummary;
import dev.aigate.prompts.analysis.PairedComparison;
import dev.aigate.prompts.analysis.SideSummary;
import dev.aigate.prompts.analysis.WordDiff;
import dev.aigate.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A prompt suite's figures as people read them: pass rates side by side, the regressed and improved cases with
 * their answers diffed, and the cases that failed or flaked.
 */
final class PromptsTables {

    /** Beyond this many problem cases the table is cut; result.json has them all. */
    private static final int MAX_CASE_ROWS = 50;
    private static final int MAX_CELL = 160;

    private PromptsTables() {
    }

    static List<Table> of(PromptsAnalysis analysis) {
        List<Table> tables = new ArrayList<>();
        tables.add(passRates(analysis));
        analysis.comparison().ifPresent(c -> {
            tables.add(changes("Regressed cases (passed on the baseline, fail on the candidate)", c.regressed(),
                    analysis, true));
            if (!c.improved().isEmpty()) {
                tables.add(changes("Improved cases", c.improved(), analysis, false));
            }
        });
        problems(analysis.candidate()).ifPresent(tables::add);
        return tables;
    }

    private static Table passRates(PromptsAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        analysis.baseline().ifPresent(b -> rows.add(sideRow("baseline", b)));
        rows.add(sideRow("candidate", analysis.candidate()));
        analysis.comparison().ifPresent(c -> rows.add(comparisonRow(c)));
        return new Table("Pass rate (a case passes when most of its repeats pass; Wilson "
                + Math.round(analysis.run().settings().confidence() * 100) + "% interval)",
                List.of("side", "cases passed", "pass rate", "interval", "stable-pass", "flaky", "stable-fail",
                        "errors", "cost"), rows);
    }

    private static List<String> sideRow(String name, SideSummary side) {
        return List.of(name, side.passedCases() + "/" + side.judgedCases(), percent(side.passRate()),
                percent(side.passRateInterval().low()) + " – " + percent(side.passRateInterval().high()),
                String.valueOf(side.count(CaseClass.STABLE_PASS)), String.valueOf(side.count(CaseClass.FLAKY)),
                String.valueOf(side.count(CaseClass.STABLE_FAIL)),
                side.erroredAttempts() + "/" + side.attempts(),
                String.format(Locale.ROOT, "$%.4f", side.run().costUsd()));
    }

    private static List<String> comparisonRow(PairedComparison c) {
        return List.of("change", "−" + c.regressed().size() + " +" + c.improved().size(),
                (c.drop() > 0 ? "−" : "+") + percent(Math.abs(c.drop())),
                String.format(Locale.ROOT, "McNemar p = %.4f", c.pValue()), "", "", "", "", "");
    }

    private static Table changes(String title, List<String> ids, PromptsAnalysis analysis, boolean regressed) {
        List<List<String>> rows = new ArrayList<>();
        SideSummary baseline = analysis.baseline().orElseThrow();
        for (String id : ids) {
            CaseSummary before = baseline.cases().get(id);
            CaseSummary after = analysis.candidate().cases().get(id);
            String beforeText = PromptResults.text(before.example());
            String afterText = PromptResults.text(after.example());
            List<String> why = (regressed ? after : before).example() == null ? List.of()
                    : (regressed ? after : before).example().failures();
            rows.add(List.of(id, before.passes() + "/" + before.judged(), after.passes() + "/" + after.judged(),
                    cut(WordDiff.diff(beforeText, afterText)), cut(String.join("; ", why))));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("none", "", "", "", ""));
        }
        return new Table(title, List.of("case", "baseline passes", "candidate passes",
                "answer, baseline → candidate ([-removed-] {+added+})", regressed ? "why it fails now"
                        : "why it failed before"), rows);
    }

    private static Optional<Table> problems(SideSummary candidate) {
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (CaseSummary summary : candidate.cases().values()) {
            if (summary.caseClass() == CaseClass.STABLE_PASS) {
                continue;
            }
            total++;
            if (rows.size() < MAX_CASE_ROWS) {
                rows.add(List.of(summary.caseId(), summary.caseClass().label(),
                        summary.passes() + "/" + summary.judged(),
                        percent(summary.interval().low()) + " – " + percent(summary.interval().high()),
                        cut(summary.example() == null ? "" : String.join("; ", summary.example().failures()))));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String title = "Candidate cases that failed or flaked" + (total > rows.size()
                ? " (first " + rows.size() + " of " + total + "; all in result.json)" : "");
        return Optional.of(new Table(title, List.of("case", "class", "passes", "interval", "failed assertions"),
                rows));
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private static String cut(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= MAX_CELL ? line : line.substring(0, MAX_CELL - 1) + "…";
    }

}

package dev.aigate.prompts.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aigate.prompts.assertion.Output;
import dev.aigate.prompts.exec.Attempt;
import dev.aigate.prompts.exec.SideRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-case classes and intervals, and the gate: a significant drop larger than the margin. */
class PairedComparisonTest {

    /** A side where case i passes {@code passes[i]} of {@code repeats} repeats. */
    static SideSummary side(String name, int repeats, int... passes) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int c = 0; c < passes.length; c++) {
            order.add("c" + c);
            for (int r = 0; r < repeats; r++) {
                attempts.add(new Attempt("c" + c, r, r < passes[c], r < passes[c] ? 1 : 0, List.of(), Map.of(),
                        Output.text(r < passes[c] ? "good" : "bad"), null, false));
            }
        }
        return SideSummary.of(new SideRun(name, name, attempts, 0, 0, 0, false), order, 0.95);
    }

    @Test
    void casesAreClassifiedByTheirRepeats() {
        SideSummary side = side("s", 3, 3, 2, 1, 0);

        assertThat(side.cases().values()).extracting(CaseSummary::caseClass).containsExactly(CaseClass.STABLE_PASS,
                CaseClass.FLAKY, CaseClass.FLAKY, CaseClass.STABLE_FAIL);
        assertThat(side.cases().values()).extracting(CaseSummary::passed).containsExactly(true, true, false, false);
        assertThat(side.passRate()).isEqualTo(0.5);
        // Wilson 95% for 2 of 4, as SciPy's binomtest(2, 4).proportion_ci(method='wilson') gives it
        assertThat(side.passRateInterval().low()).isCloseTo(0.15003898915, within(1e-9));
        assertThat(side.passRateInterval().high()).isCloseTo(0.84996101085, within(1e-9));
    }

    @Test
    void sixRegressionsOfThirtyFailTheGateAtFivePercent() {
        int[] before = new int[30];
        int[] after = new int[30];
        java.util.Arrays.fill(before, 1);
        java.util.Arrays.fill(after, 1);
        for (int i = 0; i < 6; i++) {
            after[i] = 0;
        }
        PairedComparison comparison = PairedComparison.of(side("b", 1, before), side("c", 1, after), 0.05, 0.05);

        assertThat(comparison.regressed()).containsExactly("c0", "c1", "c2", "c3", "c4", "c5");
        assertThat(comparison.pValue()).isCloseTo(2 * Math.pow(0.5, 6), within(1e-15));
        assertThat(comparison.drop()).isEqualTo(0.2);
        assertThat(comparison.regression()).isTrue();
    }

    @Test
    void fiveRegressionsAreNotSignificantAtFivePercentTwoSided() {
        int[] before = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] after = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        PairedComparison comparison = PairedComparison.of(side("b", 1, before), side("c", 1, after), 0.05, 0);

        assertThat(comparison.pValue()).isCloseTo(0.0625, within(1e-15));
        assertThat(comparison.regression()).isFalse();
        assertThat(PairedComparison.of(side("b", 1, before), side("c", 1, after), 0.10, 0).regression()).isTrue();
    }

    @Test
    void aSignificantDropWithinTheMarginPasses() {
        int[] before = new int[400];
        int[] after = new int[400];
        java.util.Arrays.fill(before, 1);
        java.util.Arrays.fill(after, 1);
        for (int i = 0; i < 8; i++) {
            after[i] = 0;
        }
        PairedComparison comparison = PairedComparison.of(side("b", 1, before), side("c", 1, after), 0.05, 0.05);

        assertThat(comparison.significant()).isTrue();
        assertThat(comparison.drop()).isEqualTo(0.02);
        assertThat(comparison.regression()).isFalse();
    }

    @Test
    void improvementsNeverFailAndBalancedChangesAreNoise() {
        PairedComparison better = PairedComparison.of(side("b", 1, 0, 0, 0, 0, 0, 0, 0), side("c", 1, 1, 1, 1, 1, 1,
                1, 1), 0.05, 0);
        PairedComparison mixed = PairedComparison.of(side("b", 1, 1, 1, 1, 0, 0, 0), side("c", 1, 0, 0, 0, 1, 1, 1),
                0.05, 0);

        assertThat(better.regression()).isFalse();
        assertThat(better.improved()).hasSize(7);
        assertThat(mixed.pValue()).isEqualTo(1.0);
        assertThat(mixed.regression()).isFalse();
    }

    @Test
    void wordDiffMarksRemovedAndAddedWords() {
        assertThat(WordDiff.diff("Yes, the jacket is waterproof to 20,000 mm.", "Yes, it is 100% waterproof."))
                .isEqualTo("Yes, [-the jacket-] {+it+} is [-waterproof to 20,000 mm.-] {+100% waterproof.+}");
        assertThat(WordDiff.diff("same words", "same words")).isEqualTo("same words");
        assertThat(WordDiff.diff("", "new")).isEqualTo("{+new+}");
    }
}

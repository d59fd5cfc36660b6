package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest(name = "{0} exits {1} and reads ''{2}''")
    @CsvSource({"PASS, 0, pass", "MARGINAL, 0, marginal", "FAIL, 1, fail", "INCONCLUSIVE, 3, inconclusive"})
    void mapsToTheFixedExitCodesAndLabels(Verdict verdict, int exitCode, String label) {
        assertThat(verdict.exitCode()).isEqualTo(exitCode);
        assertThat(verdict.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @CsvSource({
        "PASS, PASS, PASS",
        "PASS, MARGINAL, MARGINAL",
        "MARGINAL, INCONCLUSIVE, INCONCLUSIVE",
        "INCONCLUSIVE, FAIL, FAIL",
        "FAIL, PASS, FAIL",
        "FAIL, INCONCLUSIVE, FAIL",
        "INCONCLUSIVE, PASS, INCONCLUSIVE"})
    void theWorseVerdictWinsWhicheverSideItIsOn(Verdict left, Verdict right, Verdict combined) {
        assertThat(left.and(right)).isEqualTo(combined);
        assertThat(right.and(left)).isEqualTo(combined);
    }

    @Test
    void noOutcomesAtAllPass() {
        assertThat(GateOutcome.overall(List.of())).isEqualTo(Verdict.PASS);
    }

    @Test
    void oneMissingMetricMakesAnOtherwisePassingGateInconclusive() {
        List<GateOutcome> outcomes = List.of(
                new GateOutcome("p99(ttft) < 500ms", Verdict.PASS, 450.0, "p99(ttft) = 450 ms, limit < 500 ms: PASSED"),
                new GateOutcome("p99(itl) < 50ms", Verdict.INCONCLUSIVE, null,
                        "p99(itl) = no data, limit < 50 ms: INCONCLUSIVE"));

        assertThat(GateOutcome.overall(outcomes)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(GateOutcome.overall(outcomes).exitCode()).isEqualTo(3);
    }
}

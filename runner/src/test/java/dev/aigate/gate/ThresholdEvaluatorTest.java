package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdEvaluatorTest {

    private final FakeMetricSource release = FakeMetricSource.llmRelease();

    private GateOutcome judge(String expression) {
        return ThresholdEvaluator.evaluate(List.of(ThresholdParser.parse(expression)), release).get(0);
    }

    @ParameterizedTest(name = "mean(tpot) = {1} ms: mean(tpot) {0} 40ms is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            <  | 39.9 | PASS
            <  | 40   | FAIL
            <  | 40.1 | FAIL
            <= | 39.9 | PASS
            <= | 40   | PASS
            <= | 40.1 | FAIL
            >  | 40.1 | PASS
            >  | 40   | FAIL
            >  | 39.9 | FAIL
            >= | 40.1 | PASS
            >= | 40   | PASS
            >= | 39.9 | FAIL
            == | 40   | PASS
            == | 40.1 | FAIL
            != | 40.1 | PASS
            != | 40   | FAIL
            """)
    void eachOperatorPassesOrFailsOnTheObservedValue(String op, double observedMs, Verdict expected) {
        release.value("mean(tpot)", observedMs);

        GateOutcome outcome = judge("mean(tpot) " + op + " 40ms");

        assertThat(outcome.verdict()).isEqualTo(expected);
        assertThat(outcome.observed()).isEqualTo(observedMs);
        assertThat(outcome.threshold()).isEqualTo("mean(tpot) " + op + " 40ms");
    }

    @ParameterizedTest(name = "mean(tpot) {0} 40ms without data")
    @ValueSource(strings = {"<", "<=", ">", ">=", "==", "!="})
    void everyOperatorIsInconclusiveWithoutData(String op) {
        GateOutcome outcome = judge("mean(tpot) " + op + " 40ms");

        assertThat(outcome.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(outcome.observed()).isNull();
        assertThat(outcome.message()).isEqualTo("mean(tpot) = no data, limit " + op + " 40 ms: INCONCLUSIVE");
    }

    @Test
    void aNotANumberObservationIsNoDataRatherThanAPassOfNotEqual() {
        release.value("mean(tpot)", Double.NaN);

        assertThat(judge("mean(tpot) != 40ms").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @ParameterizedTest(name = "observed 40 × (1 + {0}): == is {1}, != is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0       | PASS | FAIL
            5e-10   | PASS | FAIL
            -5e-10  | PASS | FAIL
            2e-9    | FAIL | PASS
            -2e-9   | FAIL | PASS
            """)
    void equalityAllowsARelativeToleranceOfOneInABillion(double relativeError, Verdict equal, Verdict notEqual) {
        release.value("mean(tpot)", 40 * (1 + relativeError));

        assertThat(judge("mean(tpot) == 40ms").verdict()).isEqualTo(equal);
        assertThat(judge("mean(tpot) != 40ms").verdict()).isEqualTo(notEqual);
    }

    @Test
    void orderingOperatorsShareTheToleranceOfEquality() {
        release.value("mean(tpot)", 40 * (1 + 5e-10));

        assertThat(judge("mean(tpot) <= 40ms").verdict()).isEqualTo(Verdict.PASS);
        assertThat(judge("mean(tpot) > 40ms").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aSumOfDecimalsStillEqualsItsLimit() {
        release.value("rate(errors)", 0.1 + 0.2);

        assertThat(judge("rate(errors) == 30%").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void zeroErrorsMeansExactlyZero() {
        release.value("count(errors)", 0);
        assertThat(judge("count(errors) == 0").verdict()).isEqualTo(Verdict.PASS);

        release.value("count(errors)", 1);
        assertThat(judge("count(errors) == 0").verdict()).isEqualTo(Verdict.FAIL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            p99(ttft) < 500ms                    | p99(ttft)       | 612.4   | p99(ttft) = 612.4 ms, limit < 500 ms: FAILED
            p99(ttft) < 0.5s                     | p99(ttft)       | 412.44  | p99(ttft) = 412.4 ms, limit < 500 ms: PASSED
            p99.9(itl) < 80ms                    | p99.9(itl)      | 80.04   | p99.9(itl) = 80.04 ms, limit < 80 ms: FAILED
            rate(errors) < 0.1%                  | rate(errors)    | 0.0005  | rate(errors) = 0.05%, limit < 0.1%: PASSED
            pass_rate(prompts) >= 95%            | pass_rate(prompts) | 0.9375 | pass_rate(prompts) = 93.75%, limit >= 95%: FAILED
            cost(per_1k_requests) < $2.00        | cost(per_1k_requests) | 2.0513 | cost(per_1k_requests) = $2.0513, limit < $2.00: FAILED
            throughput(output_tokens) >= 2000/s  | throughput(output_tokens) | 2143.71 | throughput(output_tokens) = 2143.7/s, limit >= 2000/s: PASSED
            count(errors) == 0                   | count(errors)   | 3       | count(errors) = 3, limit == 0: FAILED
            """)
    void explainsEachOutcomeInOneLineInTheMetricsUnit(String expression, String subject, double observed,
                                                       String message) {
        release.value(subject, observed);

        assertThat(judge(expression).message()).isEqualTo(message);
    }

    @Test
    void evaluatesInOrderOneOutcomePerThreshold() {
        release.value("p99(ttft)", 450).value("rate(errors)", 0.02);
        List<Threshold> thresholds = Stream.of("p99(ttft) < 500ms", "rate(errors) < 1%", "p99(itl) < 50ms")
                .map(ThresholdParser::parse)
                .toList();

        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(thresholds, release);

        assertThat(outcomes).extracting(GateOutcome::verdict)
                .containsExactly(Verdict.PASS, Verdict.FAIL, Verdict.INCONCLUSIVE);
        assertThat(GateOutcome.overall(outcomes)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aThresholdOnAnUnknownMetricIsAnErrorBeforeAnyValueIsRead() {
        release.value("p99(ttft)", 450);
        List<Threshold> thresholds = Stream.of("p99(ttft) < 500ms", "p99(ttfb) < 500ms")
                .map(ThresholdParser::parse)
                .toList();

        assertThatThrownBy(() -> ThresholdEvaluator.evaluate(thresholds, release))
                .isInstanceOf(ThresholdException.class)
                .hasMessage("threshold 'p99(ttfb) < 500ms': unknown metric 'ttfb'; did you mean 'ttft'?");
        assertThat(release.lookups()).isEmpty();
    }
}

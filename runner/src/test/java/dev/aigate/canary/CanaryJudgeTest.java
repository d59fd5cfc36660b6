package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The judge's semantics: direction, allowed effect, significance, critical veto, nodata, groups, score. */
class CanaryJudgeTest {

    private static double[] lognormal(int n, double median, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = median * Math.exp(0.25 * gaussian(random));
        }
        return values;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static MetricData.Samples samples(double baselineMedian, double candidateMedian, long seed) {
        return new MetricData.Samples(lognormal(2000, baselineMedian, seed), lognormal(2000, candidateMedian,
                seed + 1), null);
    }

    private static MetricJudgement metric(CanaryJudgement j, String name) {
        return j.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTwentyPercentSlowerTtftIsHighAndAnUnchangedOneIsPass() {
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", samples(100, 120, 1), "tpot", samples(20, 20, 3)));
        assertThat(metric(j, "ttft").classification()).isEqualTo(Classification.HIGH);
        assertThat(metric(j, "ttft").statistics().ciLow()).isGreaterThan(0);
        assertThat(metric(j, "tpot").classification()).isEqualTo(Classification.PASS);
        assertThat(j.score().score()).isEqualTo(50.0);
        assertThat(j.verdict()).isEqualTo(Verdict.MARGINAL);
    }

    @Test
    void aSignificantChangeWithinTheAllowedRatioPasses() {
        // 4% slower on 2,000 samples is significant, but the default rule allows 10%.
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", samples(100, 104, 5)));
        MetricJudgement ttft = metric(j, "ttft");
        assertThat(ttft.pValueAdjusted()).isLessThan(0.05);
        assertThat(ttft.classification()).isEqualTo(Classification.PASS);
        assertThat(ttft.reason()).contains("within the allowed ratio");
        assertThat(j.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anImprovementIsNotARegressionWhenOnlyIncreaseIsBad() {
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", samples(100, 70, 7)));
        assertThat(metric(j, "ttft").classification()).isEqualTo(Classification.PASS);
        Map<String, MetricData> either = Map.of("custom", samples(100, 70, 7));
        assertThat(metric(CanaryJudge.judge(either), "custom").classification()).isEqualTo(Classification.LOW);
    }

    @Test
    void theSamplesFilesDirectionOverridesTheRule() {
        MetricData.Samples faster = samples(100, 70, 9);
        MetricData.Samples declared = new MetricData.Samples(faster.baseline(), faster.candidate(), Direction.DECREASE);
        assertThat(metric(CanaryJudge.judge(Map.of("ttft", declared)), "ttft").classification())
                .isEqualTo(Classification.LOW);
    }

    @Test
    void belowZeroTheAllowanceIsMeasuredAgainstTheBaselinesMagnitude() {
        // A mean log-probability falling from -1.0 to -1.5 is 50% worse, though the ratio of means (1.5) reads
        // as an increase; a score rising from -1 to +1 has ratio -1, which a ratio test would call "within 0.9 to
        // 1.1".
        MetricData.Samples worseLogProb = aroundNegativeCenters(-1, -1.5, Direction.DECREASE, 11);
        MetricJudgement logProb = metric(CanaryJudge.judge(Map.of("logprob", worseLogProb)), "logprob");
        assertThat(logProb.statistics().effectRatio()).isGreaterThan(1.4);
        assertThat(logProb.classification()).isEqualTo(Classification.LOW);
        assertThat(logProb.reason()).startsWith("change -0.5").contains("× |baseline| below the allowed -0.100;");

        MetricData.Samples risen = aroundNegativeCenters(-1, 1, Direction.INCREASE, 13);
        MetricJudgement score = metric(CanaryJudge.judge(Map.of("score", risen)), "score");
        assertThat(score.statistics().effectRatio()).isLessThan(0);
        assertThat(score.classification()).isEqualTo(Classification.HIGH);

        // A move within the allowance stays a pass: -1.00 to -1.05 is 5% of |baseline|, under decrease's 10%.
        MetricData.Samples slightly = aroundNegativeCenters(-1, -1.05, Direction.DECREASE, 17);
        MetricJudgement within = metric(CanaryJudge.judge(Map.of("logprob", slightly)), "logprob");
        assertThat(within.pValueAdjusted()).isLessThan(0.05);
        assertThat(within.classification()).isEqualTo(Classification.PASS);
        assertThat(within.reason()).contains("within the allowed change -0.100 to +0.100 × |baseline| (change -0.0");
    }

    /** Both sides drawn as {@link #samples} around 100, then moved to lie around the given centers. */
    private static MetricData.Samples aroundNegativeCenters(double baselineCenter, double candidateCenter,
            Direction direction, long seed) {
        MetricData.Samples drawn = samples(100, 100, seed);
        return new MetricData.Samples(shifted(drawn.baseline(), baselineCenter),
                shifted(drawn.candidate(), candidateCenter), direction);
    }

    /** Lognormal values around 100 moved to lie around {@code center} (a negative metric's values). */
    private static double[] shifted(double[] values, double center) {
        double[] moved = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            moved[i] = values[i] / 100 - 1 + center;
        }
        return moved;
    }

    @Test
    void aCriticalErrorRateRegressionVetoesAnOtherwiseGoodScore() {
        Map<String, MetricData> data = new LinkedHashMap<>();
        data.put("ttft", samples(100, 100, 11));
        data.put("tpot", samples(20, 20, 13));
        data.put("itl", samples(20, 20, 15));
        data.put("e2el", samples(900, 900, 17));
        data.put("error_rate", new MetricData.Counts(2, 2000, 40, 2000));
        CanaryJudgement j = CanaryJudge.judge(data);
        assertThat(metric(j, "error_rate").classification()).isEqualTo(Classification.HIGH);
        assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(j.score().score()).isZero();
        assertThat(j.score().notes()).anyMatch(n -> n.contains("critical metric failed: error_rate"));
    }

    @Test
    void nodataIsLeftOutOfTheScoreUnlessTheRuleSaysFail() {
        Map<String, MetricData> data = new LinkedHashMap<>();
        data.put("ttft", samples(100, 100, 19));
        data.put("itl", new MetricData.Samples(new double[0], lognormal(10, 20, 1), null));
        data.put("error_rate", new MetricData.Counts(0, 0, 0, 100)); // critical by default, nodata: ignore
        CanaryJudgement ignored = CanaryJudge.judge(data);
        assertThat(metric(ignored, "itl").classification()).isEqualTo(Classification.NODATA);
        assertThat(ignored.score().score()).isEqualTo(100.0);
        // Not scored, so not judged; a critical one stays a plain gate that CI shows as an error.
        assertThat(ignored.gates()).extracting(GateResult::name, GateResult::verdict, GateResult::kind)
                .containsExactly(tuple("ttft", Verdict.PASS, GateResult.Kind.GATE),
                        tuple("itl", Verdict.INCONCLUSIVE, GateResult.Kind.NOT_SCORED),
                        tuple("error_rate", Verdict.INCONCLUSIVE, GateResult.Kind.GATE),
                        tuple("canary score", Verdict.PASS, GateResult.Kind.GATE));

        CanaryConfig d = CanaryConfig.defaults();
        Map<String, MetricRule> rules = new LinkedHashMap<>(d.rules());
        rules.put("itl", new MetricRule(Direction.INCREASE, 1.1, 0.9, false, "latency", NodataPolicy.FAIL,
                MetricTest.MANN_WHITNEY, OptionalDouble.empty()));
        CanaryConfig strict = new CanaryConfig(0.95, 75, 50, false, Map.of(), rules, d.fallback(), 500, 1);
        CanaryJudgement failed = CanaryJudge.judge(new CanaryData(data, "test"), strict);
        assertThat(failed.score().score()).isEqualTo(50.0);
        assertThat(failed.gates().get(1)).extracting(GateResult::verdict, GateResult::kind)
                .containsExactly(Verdict.FAIL, GateResult.Kind.GATE);
    }

    @Test
    void valuesAFisherRuleCannotCountAreRefusedNamingTheMetric() {
        // error_rate's default rule is Fisher's test on 0/1 outcomes; exported per-minute rates are not outcomes.
        Map<String, MetricData> rates = Map.of("error_rate",
                new MetricData.Samples(new double[] {0.01, 0.02}, new double[] {0.03}, null));
        assertThatThrownBy(() -> CanaryJudge.judge(rates)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metrics.error_rate: ").hasMessageContaining("got 0.01")
                .hasMessageContaining("test: mann-whitney");
    }

    @Test
    void samplesWhoseDifferencesOverflowADoubleAreRefusedNamingTheMetric() {
        Map<String, MetricData> huge = Map.of("score", new MetricData.Samples(new double[] {-1.5e308, -1.4e308, 1},
                new double[] {1.5e308, 1.4e308, 2}, null));
        assertThatThrownBy(() -> CanaryJudge.judge(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metrics.score: candidate - baseline overflows a double: candidate 1.5E308");
    }

    @Test
    void nothingToJudgeIsInconclusive() {
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", new MetricData.Samples(new double[0], new double[0],
                null)));
        assertThat(j.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(j.toJson().get("score").isNull()).isTrue();
    }

    @Test
    void groupWeightsWeighGroupsNotMetrics() {
        Map<String, MetricData> data = new LinkedHashMap<>();
        data.put("ttft", samples(100, 130, 21)); // latency: 1 of 4 fails
        data.put("tpot", samples(20, 20, 23));
        data.put("itl", samples(20, 20, 25));
        data.put("e2el", samples(900, 900, 27));
        data.put("error_rate", new MetricData.Counts(2, 2000, 2, 2000)); // errors: passes
        CanaryConfig d = CanaryConfig.defaults();
        CanaryConfig weighted = new CanaryConfig(0.95, 75, 50, false, Map.of("latency", 80.0, "errors", 20.0),
                d.rules(), d.fallback(), 500, 1);
        // (80 * 3/4 + 20 * 1) / 100 = 80%; with the weights swapped (20 * 3/4 + 80 * 1) / 100 = 95%.
        assertThat(CanaryJudge.judge(new CanaryData(data, "t"), weighted).score().score()).isEqualTo(80.0);
        CanaryConfig latencyHeavy = new CanaryConfig(0.95, 75, 50, false, Map.of("latency", 20.0, "errors", 80.0),
                d.rules(), d.fallback(), 500, 1);
        assertThat(CanaryJudge.judge(new CanaryData(data, "t"), latencyHeavy).score().score()).isEqualTo(95.0);
    }

    @Test
    void holmCorrectionTurnsAMarginalPValueInsignificantWhenMoreMetricsAreTested() {
        // 3 vs 12 errors in 1,000: Fisher p = 0.0345 (SciPy), significant alone; with a second metric Holm doubles it.
        MetricData.Counts errors = new MetricData.Counts(3, 1000, 12, 1000);
        CanaryJudgement alone = CanaryJudge.judge(Map.of("error_rate", errors));
        assertThat(metric(alone, "error_rate").pValueAdjusted()).isCloseTo(0.03449142539805221,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(metric(alone, "error_rate").classification()).isEqualTo(Classification.HIGH);

        Map<String, MetricData> two = new LinkedHashMap<>();
        two.put("error_rate", errors);
        two.put("prompt_pass_rate", new MetricData.Counts(900, 1000, 900, 1000));
        CanaryJudgement corrected = CanaryJudge.judge(two);
        assertThat(metric(corrected, "error_rate").pValueAdjusted()).isCloseTo(2 * 0.03449142539805221,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(metric(corrected, "error_rate").classification()).isEqualTo(Classification.PASS);
    }

    @Test
    void identicalSamplesPassWithAZeroShift() {
        double[] same = lognormal(100, 50, 41);
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", new MetricData.Samples(same, same.clone(), null)));
        assertThat(metric(j, "ttft").classification()).isEqualTo(Classification.PASS);
        assertThat(metric(j, "ttft").statistics().shift()).isZero();
        assertThat(metric(j, "ttft").statistics().pValue()).isEqualTo(1.0);
    }

    @Test
    void aTailRuleCatchesAP99RegressionTheMedianHides() {
        // 5% of candidate requests become 4x slower: the median barely moves, p99 does.
        double[] baseline = lognormal(4000, 100, 51);
        double[] candidate = lognormal(4000, 100, 53);
        for (int i = 0; i < candidate.length; i += 20) {
            candidate[i] *= 4;
        }
        CanaryConfig d = CanaryConfig.defaults();
        Map<String, MetricRule> rules = new LinkedHashMap<>(d.rules());
        rules.put("e2el", new MetricRule(Direction.INCREASE, 1.5, 0.9, false, "latency", NodataPolicy.IGNORE,
                MetricTest.MANN_WHITNEY, OptionalDouble.of(0.99)));
        CanaryConfig withTail = new CanaryConfig(0.95, 75, 50, false, Map.of(), rules, d.fallback(), 2000, 1);
        CanaryJudgement j = CanaryJudge.judge(new CanaryData(Map.of("e2el", new MetricData.Samples(baseline,
                candidate, null)), "t"), withTail);
        MetricJudgement e2el = metric(j, "e2el");
        assertThat(e2el.statistics().effectRatio()).isLessThan(1.5);
        assertThat(e2el.classification()).isEqualTo(Classification.HIGH);
        assertThat(e2el.reason()).startsWith("tail p99");
        assertThat(j.toJson().at("/metrics/e2el/tail/quantile").asDouble()).isEqualTo(0.99);
    }

    @Test
    void resultJsonCarriesTheFixedKeys() {
        CanaryJudgement j = CanaryJudge.judge(Map.of("ttft", samples(100, 120, 61),
                "error_rate", new MetricData.Counts(0, 100, 0, 100)));
        var json = j.toJson();
        assertThat(json.has("score")).isTrue();
        assertThat(json.get("verdict").asText()).isEqualTo(j.verdict().label());
        for (String key : List.of("p_value", "p_value_adjusted", "shift", "ci_low", "ci_high", "effect_ratio",
                "classification")) {
            assertThat(json.at("/metrics/ttft").has(key)).as(key).isTrue();
            assertThat(json.at("/metrics/error_rate").has(key)).as(key).isTrue();
        }
        assertThat(json.at("/metrics/error_rate/effect_ratio").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/metrics/error_rate/p_value").asDouble()).isEqualTo(1.0);
    }
}

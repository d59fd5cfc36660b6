package dev.aigate.canary;

import dev.aigate.gate.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Simulated canaries (issue 5): the A/A false-alarm rate over many canaries where baseline and candidate come from
 * the same distribution, and the power to detect a 10% TPOT regression at 200, 500 and 2,000 samples per side.
 * A main whose figures go into docs/canary.md; reproduce with
 * {@code java -cp <test classpath> dev.aigate.canary.CanarySimulationMain [canaries]}.
 *
 * <p>Data: per-request TPOT and TTFT drawn log-normal (median 20 ms and 150 ms, sigma 0.3 and 0.5, shapes
 * typical of vLLM serving), error counts binomial at 0.5%.
 */
public final class CanarySimulationMain {

    private CanarySimulationMain() {
    }

    public static void main(String[] args) {
        int canaries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        CanaryConfig defaults = CanaryConfig.defaults();
        System.out.printf("A/A: %d canaries per size, confidence %.2f (alpha %.2f)%n", canaries,
                defaults.confidence(), defaults.alpha());
        for (int n : new int[] {200, 500, 2000}) {
            aa(n, canaries, defaults);
        }
        System.out.printf("%nPower: TPOT 10%% slower (candidate x 1.10), %d canaries per size%n", canaries);
        CanaryConfig strict = withTpotAllowed(defaults, 1.05);
        for (int n : new int[] {200, 500, 2000}) {
            power(n, canaries, defaults, strict);
        }
        System.out.printf("%nSequential live canaries (paired, looked at after every pair, at most 2000 pairs), %d"
                + " each%n", canaries);
        for (double factor : new double[] {1.0, 1.10, 1.20, 1.50}) {
            sequential(factor, canaries, defaults);
        }
    }

    /**
     * Paired live traffic: each prompt has a shared cost (log-normal, sigma 0.3: prompt and load effects both
     * targets see) times each side's own noise (sigma 0.1); the candidate's TPOT is scaled by {@code factor}.
     */
    private static void sequential(double factor, int canaries, CanaryConfig config) {
        int regressions = 0;
        int safe = 0;
        long pairsSum = 0;
        for (int c = 0; c < canaries; c++) {
            SplittableRandom random = new SplittableRandom(9_000_011L * Math.round(factor * 100) + c);
            SequentialMonitor monitor = new SequentialMonitor(config, 20);
            SequentialMonitor.Decision decision = null;
            int pair = 0;
            while (decision == null && pair < 2000) {
                pair++;
                for (String metric : SequentialMonitor.METRICS) {
                    double shared = 100 * Math.exp(0.3 * gaussian(random));
                    double f = metric.equals("tpot") ? factor : 1.0;
                    monitor.record(metric, shared * Math.exp(0.1 * gaussian(random)),
                            f * shared * Math.exp(0.1 * gaussian(random)));
                }
                decision = monitor.decision().orElse(null);
            }
            pairsSum += pair;
            if (decision != null) {
                regressions += decision.regression() ? 1 : 0;
                safe += decision.regression() ? 0 : 1;
            }
        }
        System.out.printf("  TPOT x %.2f: stopped with regression %.3f | stopped as safe %.3f | undecided %.3f |"
                + " mean pairs %.0f%n", factor, regressions / (double) canaries, safe / (double) canaries,
                (canaries - regressions - safe) / (double) canaries, pairsSum / (double) canaries);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void aa(int n, int canaries, CanaryConfig config) {
        int significant = 0;
        int classifiedBad = 0;
        int notPassed = 0;
        for (int c = 0; c < canaries; c++) {
            SplittableRandom random = new SplittableRandom(1_000_003L * n + c);
            CanaryJudgement j = CanaryJudge.judge(new CanaryData(canary(random, n, 1.0), "aa"), config);
            boolean anySignificant = j.metrics().stream().anyMatch(m -> m.pValueAdjusted() < config.alpha());
            significant += anySignificant ? 1 : 0;
            classifiedBad += j.metrics().stream().anyMatch(MetricJudgement::failed) ? 1 : 0;
            notPassed += j.verdict() != Verdict.PASS ? 1 : 0;
        }
        System.out.printf("  n=%5d: any Holm-significant metric %.3f | any metric high/low %.3f | verdict not pass"
                + " %.3f%n", n, significant / (double) canaries, classifiedBad / (double) canaries,
                notPassed / (double) canaries);
    }

    private static void power(int n, int canaries, CanaryConfig defaults, CanaryConfig strict) {
        int significant = 0;
        int highDefault = 0;
        int highStrict = 0;
        for (int c = 0; c < canaries; c++) {
            SplittableRandom random = new SplittableRandom(7_000_001L * n + c);
            CanaryData data = new CanaryData(canary(random, n, 1.10), "power");
            MetricJudgement tpot = tpot(CanaryJudge.judge(data, defaults));
            significant += tpot.pValueAdjusted() < defaults.alpha() && tpot.statistics().ciLow() > 0 ? 1 : 0;
            highDefault += tpot.classification() == Classification.HIGH ? 1 : 0;
            highStrict += tpot(CanaryJudge.judge(data, strict)).classification() == Classification.HIGH ? 1 : 0;
        }
        System.out.printf("  n=%5d: significant increase %.3f | high with allowed_increase 1.10 (default) %.3f"
                + " | high with allowed_increase 1.05 %.3f%n", n, significant / (double) canaries,
                highDefault / (double) canaries, highStrict / (double) canaries);
    }

    private static MetricJudgement tpot(CanaryJudgement j) {
        return j.metrics().stream().filter(m -> m.name().equals("tpot")).findFirst().orElseThrow();
    }

    /** ttft, tpot and error_rate for one canary; the candidate's TPOT is scaled by {@code tpotFactor}. */
    private static Map<String, MetricData> canary(SplittableRandom random, int n, double tpotFactor) {
        Map<String, MetricData> data = new LinkedHashMap<>();
        data.put("ttft", new MetricData.Samples(lognormal(random, n, 150, 0.5, 1), lognormal(random, n, 150, 0.5, 1),
                null));
        data.put("tpot", new MetricData.Samples(lognormal(random, n, 20, 0.3, 1), lognormal(random, n, 20, 0.3,
                tpotFactor), null));
        data.put("error_rate", new MetricData.Counts(binomial(random, n, 0.005), n, binomial(random, n, 0.005), n));
        return data;
    }

    private static double[] lognormal(SplittableRandom random, int n, double median, double sigma, double factor) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = factor * median * Math.exp(sigma * gaussian(random));
        }
        return values;
    }

    private static long binomial(SplittableRandom random, int n, double p) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static CanaryConfig withTpotAllowed(CanaryConfig base, double allowed) {
        Map<String, MetricRule> rules = new LinkedHashMap<>(base.rules());
        MetricRule tpot = base.rule("tpot");
        rules.put("tpot", new MetricRule(tpot.direction(), allowed, tpot.allowedDecrease(), tpot.critical(),
                tpot.group(), tpot.nodata(), tpot.test(), OptionalDouble.empty()));
        return new CanaryConfig(base.confidence(), base.passScore(), base.marginalScore(), base.removeOutliers(),
                base.groupWeights(), rules, base.fallback(), base.bootstrapResamples(), base.seed());
    }
}

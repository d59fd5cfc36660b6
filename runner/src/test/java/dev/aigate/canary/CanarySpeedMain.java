package dev.aigate.canary;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures how long the judge takes on 1,000,000 vs 1,000,000 samples (issue 5: "well under 2 s"). A main, not a
 * test: timings on a shared machine are reported, not asserted. Reproduce (docs/canary.md):
 * {@code java -cp <test classpath> dev.aigate.canary.CanarySpeedMain [n] [runs]}.
 */
public final class CanarySpeedMain {

    private CanarySpeedMain() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SplittableRandom random = new SplittableRandom(2026);
        double[] baseline = latencies(random, n, 20.0);
        double[] candidate = latencies(random, n, 21.0);
        report("continuous values (no ties)", baseline, candidate, runs);
        report("0.1 ms resolution (heavy ties, like decoded histograms)", round(baseline), round(candidate), runs);
    }

    private static void report(String label, double[] baseline, double[] candidate, int runs) {
        Map<String, MetricData> data = Map.of("tpot", new MetricData.Samples(baseline, candidate, null));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[runs + 1];
        long[] cpuMillis = new long[runs + 1];
        CanaryJudgement last = null;
        for (int r = 0; r <= runs; r++) { // run 0 is the cold one (JIT still compiling)
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = CanaryJudge.judge(data);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        long[] warmCpu = Arrays.copyOfRange(cpuMillis, 1, cpuMillis.length);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        MetricJudgement tpot = last.metrics().get(0);
        // On a shared machine wall time includes waiting for a core; the thread's CPU time is what judging costs.
        System.out.printf("%s: %,d vs %,d samples: cold %d ms; warm wall median %d ms (min %d, max %d), warm CPU"
                + " median %d ms (min %d) over %d runs; load average %.1f on %d cores%n", label, baseline.length,
                candidate.length, millis[0], warm[warm.length / 2], warm[0], warm[warm.length - 1],
                warmCpu[warmCpu.length / 2], warmCpu[0], runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  p=%.3g shift=%.4f [%.4f, %.4f] ratio=%.4f -> %s%n", tpot.statistics().pValue(),
                tpot.statistics().shift(), tpot.statistics().ciLow(), tpot.statistics().ciHigh(),
                tpot.statistics().effectRatio(), tpot.classification().label());
    }

    static double[] latencies(SplittableRandom random, int n, double median) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            values[i] = median * Math.exp(0.3 * z);
        }
        return values;
    }

    private static double[] round(double[] values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = Math.round(values[i] * 10) / 10.0;
        }
        return rounded;
    }
}

package dev.aigate.canary;

import dev.aigate.stats.FisherExactTest;
import dev.aigate.stats.HodgesLehmann;
import dev.aigate.stats.Interval;
import dev.aigate.stats.MannWhitneyTest;
import dev.aigate.stats.QuantileBootstrap;
import dev.aigate.stats.SortedSample;
import dev.aigate.stats.WilsonInterval;
import java.util.Optional;

/** Runs the test a metric's rule names on its data (SPEC §5). */
final class MetricComparer {

    private final CanaryConfig config;

    MetricComparer(CanaryConfig config) {
        this.config = config;
    }

    MetricStatistics compare(MetricData data, MetricRule rule) {
        if (data instanceof MetricData.Counts counts) {
            return compareCounts(counts);
        }
        MetricData.Samples samples = (MetricData.Samples) data;
        if (rule.test() == MetricTest.FISHER) {
            return compareCounts(countOnes(samples));
        }
        if (samples.empty()) {
            return MetricStatistics.nodata(MetricTest.MANN_WHITNEY, samples.baseline().length,
                    samples.candidate().length);
        }
        return compareSamples(samples, rule);
    }

    private MetricStatistics compareSamples(MetricData.Samples data, MetricRule rule) {
        SortedSample baseline = sorted(data.baseline(), "baseline");
        SortedSample candidate = sorted(data.candidate(), "candidate");
        MannWhitneyTest.Result test = MannWhitneyTest.test(candidate, baseline);
        HodgesLehmann.Estimate shift = HodgesLehmann.estimate(candidate, baseline, config.confidence());
        double baselineMean = baseline.mean();
        double candidateMean = candidate.mean();
        Optional<QuantileBootstrap.Result> tail = rule.tailQuantile().isPresent()
                ? Optional.of(QuantileBootstrap.difference(candidate, baseline, rule.tailQuantile().getAsDouble(),
                        config.confidence(), config.bootstrapResamples(), config.seed()))
                : Optional.empty();
        return new MetricStatistics(MetricTest.MANN_WHITNEY, baseline.size(), candidate.size(), baselineMean,
                candidateMean, test.pValue(), shift.shift(), shift.interval().low(), shift.interval().high(),
                ratio(candidateMean, baselineMean), tail);
    }

    private SortedSample sorted(double[] values, String side) {
        SortedSample sample = SortedSample.of(values, side);
        return config.removeOutliers() ? SortedSample.of(OutlierFilter.withoutOutliers(sample.toArray()), side)
                : sample;
    }

    /**
     * Fisher's exact p-value, and Newcombe's hybrid score interval for the difference of rates (built from the
     * two Wilson intervals; it keeps its coverage near rates of 0, where error rates live).
     */
    private MetricStatistics compareCounts(MetricData.Counts c) {
        if (c.empty()) {
            return MetricStatistics.nodata(MetricTest.FISHER, c.baselineTrials(), c.candidateTrials());
        }
        double p = FisherExactTest.pValue(c.baselineEvents(), c.baselineTrials() - c.baselineEvents(),
                c.candidateEvents(), c.candidateTrials() - c.candidateEvents());
        double p1 = c.baselineEvents() / (double) c.baselineTrials();
        double p2 = c.candidateEvents() / (double) c.candidateTrials();
        Interval w1 = WilsonInterval.of(c.baselineEvents(), c.baselineTrials(), config.confidence());
        Interval w2 = WilsonInterval.of(c.candidateEvents(), c.candidateTrials(), config.confidence());
        double d = p2 - p1;
        double low = d - Math.sqrt(square(p2 - w2.low()) + square(w1.high() - p1));
        double high = d + Math.sqrt(square(w2.high() - p2) + square(p1 - w1.low()));
        return new MetricStatistics(MetricTest.FISHER, c.baselineTrials(), c.candidateTrials(), p1, p2, p, d, low,
                high, ratio(p2, p1), Optional.empty());
    }

    private static MetricData.Counts countOnes(MetricData.Samples s) {
        return new MetricData.Counts(ones(s.baseline()), s.baseline().length, ones(s.candidate()),
                s.candidate().length);
    }

    private static long ones(double[] values) {
        long ones = 0;
        for (double v : values) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("the fisher test needs 0/1 outcomes, got " + v
                        + "; to compare values, give this metric test: mann-whitney in the canary config");
            }
            ones += (long) v;
        }
        return ones;
    }

    /** candidate / baseline; equal zeros are no change (1), a rise from zero is infinite. */
    static double ratio(double candidate, double baseline) {
        if (baseline == 0) {
            return candidate == 0 ? 1 : Math.copySign(Double.POSITIVE_INFINITY, candidate);
        }
        return candidate / baseline;
    }

    private static double square(double x) {
        return x * x;
    }
}

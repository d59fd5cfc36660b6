package dev.aigate.canary;

import dev.aigate.stats.Interval;
import dev.aigate.stats.MixtureConfidenceSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sequential mode of the live canary: watches the paired log-ratios {@code ln(candidate / baseline)} of each
 * latency metric (one pair per prompt, both targets served it at the same time) and decides as soon as an
 * anytime-valid confidence sequence ({@link MixtureConfidenceSequence}) settles it:
 * <ul>
 * <li>a metric's whole interval lies above {@code ln(allowed_increase)}: regression confirmed, stop;</li>
 * <li>every metric's interval lies below {@code ln(allowed_increase)}: no material regression, stop;</li>
 * <li>otherwise keep sending until the duration ends, then judge as usual.</li>
 * </ul>
 * α is split evenly over the metrics (Bonferroni), so the chance of any false stop stays within α however often
 * the monitor looks. The mixture scale τ is the allowed effect itself, {@code τ = ln(allowed_increase)}.
 */
public final class SequentialMonitor {

    static final List<String> METRICS = List.of("ttft", "tpot", "e2el");

    private final Map<String, Moments> moments = new LinkedHashMap<>();
    private final Map<String, Double> limits = new LinkedHashMap<>();
    private final double alphaPerMetric;
    private final long minimumPairs;

    /** What settled the canary early. */
    public record Decision(boolean regression, List<String> metrics, long pairs, String reason) {
    }

    public SequentialMonitor(CanaryConfig config, long minimumPairs) {
        for (String metric : METRICS) {
            moments.put(metric, new Moments());
            limits.put(metric, Math.log(config.rule(metric).allowedIncrease()));
        }
        this.alphaPerMetric = config.alpha() / METRICS.size();
        this.minimumPairs = Math.max(2, minimumPairs);
    }

    /** Adds one prompt's measurements from both sides; non-positive values are skipped. */
    public synchronized void record(String metric, double baseline, double candidate) {
        Moments m = moments.get(metric);
        if (m != null && baseline > 0 && candidate > 0) {
            m.add(Math.log(candidate / baseline));
        }
    }

    /** The decision, once the data settles it; empty while it does not. */
    public synchronized Optional<Decision> decision() {
        boolean allBelow = true;
        for (Map.Entry<String, Moments> e : moments.entrySet()) {
            Moments m = e.getValue();
            if (m.n < minimumPairs) {
                return Optional.empty();
            }
            double limit = limits.get(e.getKey());
            Interval cs = interval(e.getKey());
            if (cs.low() > limit) {
                return Optional.of(new Decision(true, List.of(e.getKey()), m.n, e.getKey() + " ratio at least "
                        + MetricClassifier.format(Math.exp(cs.low())) + " (allowed " + MetricClassifier.format(
                                Math.exp(limit)) + ") after " + m.n + " pairs"));
            }
            allBelow &= cs.high() < limit;
        }
        if (allBelow) {
            long n = moments.get(METRICS.get(0)).n;
            return Optional.of(new Decision(false, List.of(), n, "every latency ratio confirmed below its allowed "
                    + "increase after " + n + " pairs"));
        }
        return Optional.empty();
    }

    /** The current confidence sequence of {@code ln(candidate / baseline)} for {@code metric}. */
    public synchronized Interval interval(String metric) {
        Moments m = moments.get(metric);
        double tau = Math.max(limits.get(metric), 0.01);
        return MixtureConfidenceSequence.interval(m.n, m.mean, m.variance(), tau * tau, alphaPerMetric);
    }

    public synchronized long pairs(String metric) {
        return moments.get(metric).n;
    }

    /** Welford's running mean and variance. */
    private static final class Moments {
        long n;
        double mean;
        double m2;

        void add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        double variance() {
            return n > 1 ? m2 / (n - 1) : 0;
        }
    }
}

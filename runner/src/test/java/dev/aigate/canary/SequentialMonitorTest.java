package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialMonitorTest {

    private static double latency(SplittableRandom random, double median) {
        double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return median * Math.exp(0.1 * z);
    }

    private static SequentialMonitor.Decision run(double factor, long seed) {
        SequentialMonitor monitor = new SequentialMonitor(CanaryConfig.defaults(), 20);
        SplittableRandom random = new SplittableRandom(seed);
        for (int pair = 0; pair < 5000; pair++) {
            for (String metric : SequentialMonitor.METRICS) {
                double shared = latency(random, 100); // both targets see the same prompt at the same time
                monitor.record(metric, shared * latency(random, 1), shared * latency(random, factor));
            }
            var decision = monitor.decision();
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return null;
    }

    @Test
    void aFortyPercentRegressionIsConfirmedEarly() {
        SequentialMonitor.Decision d = run(1.4, 1);
        assertThat(d).isNotNull();
        assertThat(d.regression()).isTrue();
        assertThat(d.pairs()).isLessThan(100);
        assertThat(d.reason()).contains("allowed 1.100");
    }

    @Test
    void noChangeIsSettledAsSafeOnceTheIntervalsAreNarrowEnough() {
        SequentialMonitor.Decision d = run(1.0, 2);
        assertThat(d).isNotNull();
        assertThat(d.regression()).isFalse();
        assertThat(d.pairs()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void nothingIsDecidedBeforeTheMinimum() {
        SequentialMonitor monitor = new SequentialMonitor(CanaryConfig.defaults(), 20);
        for (int i = 0; i < 19; i++) {
            for (String metric : SequentialMonitor.METRICS) {
                monitor.record(metric, 100, 500);
            }
        }
        assertThat(monitor.decision()).isEmpty();
    }
}

package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MixtureConfidenceSequenceTest {

    @Test
    void widthFollowsTheClosedForm() {
        // sigma2 = 1, tau2 = 1, n = 100, alpha = 0.05: sqrt(2 * 101 / 10000 * (ln 20 + 0.5 ln 101))
        Interval cs = MixtureConfidenceSequence.interval(100, 0.3, 1, 1, 0.05);
        double width = Math.sqrt(2 * 101 / 10000.0 * (Math.log(20) + 0.5 * Math.log(101)));
        assertThat(cs.low()).isCloseTo(0.3 - width, within(1e-12));
        assertThat(cs.high()).isCloseTo(0.3 + width, within(1e-12));
    }

    @Test
    void lookingAfterEveryObservationKeepsTheErrorWithinAlpha() {
        // 400 null streams of 1,000 N(0,1) observations, looked at after every one from the 20th on (the live
        // canary's minimum; the plugged-in variance is too noisy before). A fixed-sample 95% interval checked at
        // every step would exclude 0 at some step in most streams; the confidence sequence must stay near 5%.
        int streams = 400;
        int everMissed = 0;
        for (int s = 0; s < streams; s++) {
            SplittableRandom random = new SplittableRandom(s);
            double mean = 0;
            double m2 = 0;
            for (int n = 1; n <= 1000; n++) {
                double x = gaussian(random);
                double delta = x - mean;
                mean += delta / n;
                m2 += delta * (x - mean);
                if (n >= 20 && !MixtureConfidenceSequence.interval(n, mean, m2 / (n - 1), 0.1, 0.05).contains(0)) {
                    everMissed++;
                    break;
                }
            }
        }
        assertThat(everMissed / (double) streams).isLessThanOrEqualTo(0.06);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

package dev.aigate.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StepChangeDetectorTest {

    private static double[] series(int builds, int stepAt, double before, double after, long seed) {
        Random random = new Random(seed);
        double[] values = new double[builds];
        for (int i = 0; i < builds; i++) {
            values[i] = (i >= stepAt ? after : before) + 5 * random.nextGaussian();
        }
        return values;
    }

    @Test
    void aLatencyStepUpIsFlaggedWhereItBeginsAsARegression() {
        List<StepChange> changes = StepChangeDetector.detect(series(20, 12, 300, 380, 1), false);

        assertThat(changes).hasSize(1);
        StepChange change = changes.get(0);
        assertThat(change.index()).isEqualTo(12);
        assertThat(change.regression()).isTrue();
        assertThat(change.pValue()).isLessThan(0.05);
        assertThat(change.relativeShift()).isBetween(0.2, 0.35);
    }

    @Test
    void aThroughputRiseIsAnImprovementNotARegression() {
        List<StepChange> changes = StepChangeDetector.detect(series(16, 8, 900, 1100, 2), true);

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.regression()).isFalse());
    }

    @Test
    void noiseAloneIsNotAStepChange() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(StepChangeDetector.detect(series(30, 30, 300, 300, seed), false)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void oneOutlyingBuildIsNotFlaggedButTwoAre() {
        double[] values = series(12, 12, 300, 300, 3);
        values[11] = 420;
        assertThat(StepChangeDetector.detect(values, false)).as("only the last build is slow").isEmpty();

        double[] twice = java.util.Arrays.copyOf(values, 13);
        twice[12] = 425;
        assertThat(StepChangeDetector.detect(twice, false)).singleElement()
                .satisfies(c -> assertThat(c.index()).isEqualTo(11));
    }

    @Test
    void aSignificantButNegligibleShiftIsNotNews() {
        double[] values = new double[16];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i >= 8 ? 301 : 300) + 0.01 * i % 3;
        }
        assertThat(StepChangeDetector.detect(values, false)).isEmpty();
    }

    @Test
    void valuesTooFarApartToSubtractAreNotAStepAndNotACrash() {
        double[] values = {-1.5e308, -1.5e308, -1.5e308, -1.5e308, -1.5e308, 1.5e308, 1.5e308, 1.5e308};
        assertThat(StepChangeDetector.detect(values, false)).isEmpty();
    }
}

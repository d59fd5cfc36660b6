package dev.aigate.history;

import dev.aigate.stats.HodgesLehmann;
import dev.aigate.stats.MannWhitneyTest;
import dev.aigate.stats.SortedSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flags step changes in a metric across builds, with our statistics rather than a percentage against the last
 * build: at each build, the up to {@value #AFTER} builds from it on are compared with the up to {@value #BEFORE}
 * builds before it by a two-sided Mann-Whitney test. A change is flagged when p &lt; {@value #ALPHA} and the
 * Hodges–Lehmann shift is at least {@value #MIN_RELATIVE_SHIFT} of the level before (a real but negligible shift
 * is not news); of consecutive flagged builds, the one with the smallest p marks where the level moved.
 *
 * <p>With at least {@value #MIN_BEFORE} builds before and {@value #MIN_AFTER} after, the smallest p-value the exact
 * test can give is below alpha, so a regression is flagged from the second build that shows it; one outlying
 * build alone is never flagged (the gate's own verdict marks that build).
 */
public final class StepChangeDetector {

    static final int BEFORE = 8;
    static final int AFTER = 3;
    static final int MIN_BEFORE = 4;
    static final int MIN_AFTER = 2;
    static final double ALPHA = 0.05;
    static final double MIN_RELATIVE_SHIFT = 0.05;

    private StepChangeDetector() {
    }

    /**
     * The step changes of a series, oldest first. Each change starts a new segment: the builds before a later
     * change are compared only with builds of the level since the last one, so one step is flagged once.
     */
    public static List<StepChange> detect(double[] values, boolean higherIsBetter) {
        List<StepChange> changes = new ArrayList<>();
        int segmentStart = 0;
        StepChange strongest = null;
        int i = MIN_BEFORE;
        while (i + MIN_AFTER <= values.length) {
            StepChange here = test(values, Math.max(segmentStart, i - BEFORE), i, higherIsBetter);
            if (here != null && (strongest == null || here.pValue() < strongest.pValue())) {
                strongest = here;
            }
            if (here == null && strongest != null) {
                changes.add(strongest);
                segmentStart = strongest.index();
                i = segmentStart + MIN_BEFORE;
                strongest = null;
            } else {
                i++;
            }
        }
        if (strongest != null) {
            changes.add(strongest);
        }
        return changes;
    }

    /** The change at {@code at} against the builds from {@code from}, or null when there is none to report. */
    private static StepChange test(double[] values, int from, int at, boolean higherIsBetter) {
        if (at - from < MIN_BEFORE) {
            return null;
        }
        // Sorted once, for the test, the shift and the level alike.
        SortedSample after = SortedSample.of(Arrays.copyOfRange(values, at, Math.min(values.length, at + AFTER)),
                "candidate");
        SortedSample before = SortedSample.of(Arrays.copyOfRange(values, from, at), "baseline");
        double p = MannWhitneyTest.test(after, before).pValue();
        double shift;
        try {
            shift = HodgesLehmann.estimate(after, before, 1 - ALPHA).shift();
        } catch (IllegalArgumentException beyondTheDoubleRange) {
            return null; // builds whose difference overflows a double have no shift to measure, so none to report
        }
        double level = before.median();
        double relative = level == 0 ? (shift == 0 ? 0 : Double.POSITIVE_INFINITY) : shift / Math.abs(level);
        if (p < ALPHA && Math.abs(relative) >= MIN_RELATIVE_SHIFT) {
            return new StepChange(at, p, shift, relative, higherIsBetter ? shift < 0 : shift > 0);
        }
        return null;
    }
}

package dev.aigate.history;

import dev.aigate.gate.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Key metrics across the last builds of one gate, with the builds that regressed marked: those whose gate failed,
 * and those where a {@link StepChangeDetector step change} for the worse begins.
 *
 * @param builds the builds charted, oldest first; the last is the current one
 * @param series one per key metric the current build has
 */
public record Trend(List<BuildRecord> builds, List<Series> series) {

    /** How many builds a trend charts at most (the history file keeps them all). */
    public static final int MAX_BUILDS = 60;

    public Trend {
        builds = List.copyOf(builds);
        series = List.copyOf(series);
    }

    /**
     * One metric across the builds.
     *
     * @param values one per build, null where that build did not have the metric
     */
    public record Series(String metric, boolean higherIsBetter, List<Double> values, List<StepChange> changes) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            changes = List.copyOf(changes);
        }

        static Series of(String metric, List<BuildRecord> builds) {
            List<Double> values = builds.stream().map(b -> b.metrics().get(metric)).toList();
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    present.add(i);
                }
            }
            double[] known = present.stream().mapToDouble(values::get).toArray();
            boolean higherIsBetter = KeyMetrics.higherIsBetter(metric);
            List<StepChange> changes = StepChangeDetector.detect(known, higherIsBetter).stream()
                    .map(c -> new StepChange(present.get(c.index()), c.pValue(), c.shift(), c.relativeShift(),
                            c.regression()))
                    .toList();
            return new Series(metric, higherIsBetter, values, changes);
        }
    }

    /** The trend of the current build: the history's builds of the same gate, then the current one. */
    public static Trend of(List<BuildRecord> history, BuildRecord current) {
        List<BuildRecord> builds = new ArrayList<>(history.stream().filter(current::sameSeries).toList());
        builds.add(current);
        if (builds.size() > MAX_BUILDS) {
            builds = builds.subList(builds.size() - MAX_BUILDS, builds.size());
        }
        List<BuildRecord> charted = builds;
        List<Series> series = current.metrics().keySet().stream().map(metric -> Series.of(metric, charted)).toList();
        return new Trend(charted, series);
    }

    /** Whether the build at {@code index} failed its gate. */
    public boolean gateFailed(int index) {
        return builds.get(index).verdict() == Verdict.FAIL;
    }

    /** The metrics whose step change for the worse begins at the build at {@code index}. */
    public Set<String> regressionsAt(int index) {
        Set<String> metrics = new LinkedHashSet<>();
        for (Series s : series) {
            s.changes().stream().filter(c -> c.regression() && c.index() == index).forEach(c -> metrics.add(s.metric()));
        }
        return metrics;
    }

    /** Whether the build at {@code index} is marked as regressed: its gate failed, or a step change begins there. */
    public boolean regressed(int index) {
        return gateFailed(index) || !regressionsAt(index).isEmpty();
    }
}

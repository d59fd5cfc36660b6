package dev.aigate.bench;

import java.util.List;

/**
 * The runs of a sweep, in the order they ran, and the point thresholds judge.
 *
 * @param points     every load run (listed loads first, then any search points)
 * @param judged     the point thresholds apply to: the max-goodput point when a search found one, else the highest
 *                   load run
 * @param maxGoodput the highest-goodput point among those meeting the SLO attainment; null without a search or when
 *                   no load met it
 */
public record SweepResult(SweepSpec spec, List<Point> points, Point judged, Point maxGoodput) {

    public SweepResult {
        points = List.copyOf(points);
    }

    /**
     * One load and what it measured.
     *
     * @param attainment share of sent requests that completed and met every SLO; null without SLOs
     */
    public record Point(double load, BenchResult result, Double attainment) {

        /** Whether this load met the SLO attainment; a load where most requests failed never does. */
        boolean meets(double target) {
            return attainment != null && attainment >= target && !result.requests().mostlyFailed();
        }
    }
}

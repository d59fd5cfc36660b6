package dev.aigate.bench;

import dev.aigate.provider.ModelClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link SweepSpec}: each listed load in turn, each a full benchmark of the base spec at that load. With a
 * goodput search (GuideLLM's max-goodput profile), the listed loads run until the first that misses the SLO
 * attainment, then the gap between the last load that met it and that one is bisected; the max-goodput point is
 * the point meeting the attainment with the highest goodput. An interrupt ends the sweep after the run in progress.
 */
public final class Sweep {

    private Sweep() {
    }

    /** Runs the sweep with {@code prompts} (loaded once for every point). */
    public static SweepResult run(BenchSpec base, SweepSpec sweep, PromptSource prompts, ModelClient client,
            RunOptions options) {
        List<SweepResult.Point> points = new ArrayList<>();
        SweepResult.Point lastMet = null;
        SweepResult.Point firstMissed = null;
        for (double load : sweep.loads()) {
            SweepResult.Point point = runAt(base, sweep, load, prompts, client, options);
            points.add(point);
            if (interrupted(point)) {
                return finish(sweep, points);
            }
            if (sweep.searchGoodput()) {
                if (!point.meets(sweep.attainment())) {
                    firstMissed = point;
                    break;
                }
                lastMet = point;
            }
        }
        if (lastMet != null && firstMissed != null) {
            double low = lastMet.load();
            double high = firstMissed.load();
            for (int step = 0; step < sweep.searchSteps(); step++) {
                double middle = midpoint(sweep.axis(), low, high);
                if (middle <= low || middle >= high) {
                    break;
                }
                SweepResult.Point point = runAt(base, sweep, middle, prompts, client, options);
                points.add(point);
                if (interrupted(point)) {
                    break;
                }
                if (point.meets(sweep.attainment())) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
        }
        return finish(sweep, points);
    }

    private static SweepResult.Point runAt(BenchSpec base, SweepSpec sweep, double load, PromptSource prompts,
            ModelClient client, RunOptions options) {
        BenchResult result = Benchmark.run(sweep.at(base, load), prompts, client, options);
        return new SweepResult.Point(load, result, attainment(result));
    }

    private static Double attainment(BenchResult result) {
        if (result.goodRequests() == null || result.requests().sent() == 0) {
            return null;
        }
        return (double) result.goodRequests() / result.requests().sent();
    }

    private static boolean interrupted(SweepResult.Point point) {
        return point.result().stoppedBy() == StopReason.INTERRUPTED;
    }

    private static double midpoint(SweepSpec.Axis axis, double low, double high) {
        double middle = (low + high) / 2;
        return axis == SweepSpec.Axis.CONCURRENCY ? Math.floor(middle) : middle;
    }

    private static SweepResult finish(SweepSpec sweep, List<SweepResult.Point> points) {
        SweepResult.Point maxGoodput = !sweep.searchGoodput() ? null : points.stream()
                .filter(point -> point.meets(sweep.attainment()))
                .max(Comparator.comparingDouble((SweepResult.Point point) -> goodput(point))
                        .thenComparingDouble(SweepResult.Point::load))
                .orElse(null);
        SweepResult.Point highest = points.stream().max(Comparator.comparingDouble(SweepResult.Point::load))
                .orElseThrow();
        return new SweepResult(sweep, points, maxGoodput != null ? maxGoodput : highest, maxGoodput);
    }

    private static double goodput(SweepResult.Point point) {
        Double goodput = point.result().goodputPerSecond();
        return goodput == null ? 0 : goodput;
    }
}

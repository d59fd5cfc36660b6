package dev.aigate.pipeline;

import dev.aigate.gate.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend of one step's key figures across builds: a score chart, and latency, throughput and cost charts when
 * the results have those figures. A build is regressed when its verdict is worse than the build's before it
 * (pass → marginal, marginal → fail…); its label carries {@value #REGRESSED_MARK}.
 */
public final class BuildTrend {

    public static final String REGRESSED_MARK = " ▼";

    /** A series of a chart: the figure it plots, its label, and the factor that makes it a whole number. */
    private record Series(String chart, String figure, String label, double scale) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("Score (%)", "score", "score", 1),
            new Series("Score (%)", "prompts-pass-rate", "prompt pass rate", 100),
            new Series("Latency (ms)", "ttft-p99-ms", "p99 TTFT", 1),
            new Series("Latency (ms)", "tpot-mean-ms", "mean TPOT", 1),
            new Series("Latency (ms)", "itl-p99-ms", "p99 ITL", 1),
            new Series("Latency (ms)", "e2el-p99-ms", "p99 E2EL", 1),
            new Series("Throughput (per s)", "output-tokens-per-s", "output tokens/s", 1),
            new Series("Throughput (per s)", "requests-per-s", "requests/s", 1),
            new Series("Cost (cents per 1k requests)", "cost-per-1k-requests", "per 1k requests", 100));

    private final List<TrendPoint> points;

    private BuildTrend(List<TrendPoint> points) {
        this.points = points;
    }

    /** The trend of the given builds' results, in any order. */
    public static BuildTrend of(List<TrendPoint> points) {
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(TrendPoint::buildNumber));
        return new BuildTrend(List.copyOf(sorted));
    }

    /** Numbers of the builds whose verdict is worse than the previous build's. */
    public List<Integer> regressedBuilds() {
        List<Integer> regressed = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Verdict before = points.get(i - 1).result().verdict();
            Verdict now = points.get(i).result().verdict();
            if (now != before && before.and(now) == now) {
                regressed.add(points.get(i).buildNumber());
            }
        }
        return regressed;
    }

    /** The charts that have data, score first; none for fewer than two builds. */
    public List<TrendChart> charts() {
        if (points.size() < 2) {
            return List.of();
        }
        List<Integer> regressed = regressedBuilds();
        List<String> labels = points.stream().map(point -> point.buildName()
                + (regressed.contains(point.buildNumber()) ? REGRESSED_MARK : "")).toList();
        List<Integer> numbers = points.stream().map(TrendPoint::buildNumber).toList();
        Map<String, Map<String, List<Integer>>> charts = new LinkedHashMap<>();
        for (Series series : SERIES) {
            List<Integer> values = points.stream().map(point -> value(point.result(), series)).toList();
            if (values.stream().anyMatch(value -> value != null)) {
                charts.computeIfAbsent(series.chart(), title -> new LinkedHashMap<>()).put(series.label(), values);
            }
        }
        List<TrendChart> result = new ArrayList<>();
        charts.forEach((title, series) -> result.add(new TrendChart(title, labels, numbers, series, regressed)));
        return result;
    }

    private static Integer value(StepResult result, Series series) {
        Double value = series.figure().equals("score") ? Double.valueOf(result.score())
                : result.figures().get(series.figure());
        return value == null ? null : (int) Math.round(value * series.scale());
    }
}

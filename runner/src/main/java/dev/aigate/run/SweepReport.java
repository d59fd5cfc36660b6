package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.LatencySummary;
import dev.aigate.bench.SweepResult;
import dev.aigate.bench.SweepSpec;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A sweep as a stage result: the judged point's result (so every SPEC §4 key keeps its place), plus a {@code sweep}
 * array with one entry per load, {@code max_goodput}, and a table of the loads. A goodput search that finds no load
 * meeting the SLO attainment fails the stage: the service cannot meet its SLOs at any load tried.
 */
final class SweepReport {

    private SweepReport() {
    }

    static StageResult of(SweepResult sweep, StageResult judged) {
        SweepSpec spec = sweep.spec();
        String axis = spec.axis().label();
        ObjectNode json = judged.json().deepCopy();
        ArrayNode points = json.putArray("sweep");
        List<SweepResult.Point> byLoad = new ArrayList<>(sweep.points());
        byLoad.sort(Comparator.comparingDouble(SweepResult.Point::load));
        for (SweepResult.Point point : byLoad) {
            ObjectNode entry = points.addObject();
            putLoad(entry, axis, spec.axis(), point.load());
            entry.put("slo_attainment", point.attainment());
            ObjectNode result = point.result().toJson();
            for (String key : List.of("requests", "throughput", "goodput", "metrics", "duration_s")) {
                entry.set(key, result.get(key));
            }
        }
        ObjectNode searched = json.putObject("max_goodput");
        searched.put("axis", axis);
        searched.put("target_attainment", spec.searchGoodput() ? spec.attainment() : null);
        SweepResult.Point best = sweep.maxGoodput();
        putLoad(searched, "load", spec.axis(), best == null ? null : best.load());
        searched.put("goodput_requests_per_s", best == null ? null : best.result().goodputPerSecond());
        searched.put("slo_attainment", best == null ? null : best.attainment());
        putLoad(json, "judged_" + axis, spec.axis(), sweep.judged().load());

        List<GateResult> gates = new ArrayList<>(judged.gates());
        Verdict verdict = judged.verdict();
        List<String> notes = new ArrayList<>(judged.notes());
        String at = axis + " " + format(sweep.judged().load());
        if (spec.searchGoodput() && best == null) {
            String name = "max goodput: SLO attainment >= " + percent(spec.attainment());
            gates.add(new GateResult(BenchStage.NAME, name, Verdict.FAIL,
                    "no " + axis + " tried met the SLOs for " + percent(spec.attainment()) + " of requests"));
            verdict = verdict.and(Verdict.FAIL);
            notes.add(0, "thresholds judged at the highest load run, " + at + " (no load met the SLO attainment)");
        } else if (best != null) {
            notes.add(0, "thresholds judged at the max-goodput point, " + at + ": "
                    + rate(best.result().goodputPerSecond()) + " good requests/s, " + percent(best.attainment())
                    + " met every SLO");
        } else {
            notes.add(0, "thresholds judged at the highest load run, " + at);
        }
        List<String> behind = byLoad.stream()
                .filter(point -> point.result().requests().waitedForSlot() > 0)
                .map(point -> format(point.load()) + " (" + point.result().requests().waitedForSlot() + " of "
                        + point.result().requests().sent() + ")")
                .toList();
        if (!behind.isEmpty()) {
            notes.add("open loop behind its schedule at " + axis + " " + String.join(", ", behind)
                    + ": requests fell due while every slot was busy, so those loads were not offered in full; "
                    + "raise concurrency");
        }
        List<Table> tables = new ArrayList<>();
        tables.add(table(axis, byLoad, best));
        tables.addAll(judged.tables().stream()
                .map(t -> new Table(t.title() + " at " + at, t.columns(), t.rows())).toList());
        return new StageResult(judged.stage(), verdict, gates, tables, json, notes);
    }

    /** A concurrency is a count of workers, written as an integer ({@code 1}, not {@code 1.0}); a rate is a number. */
    private static void putLoad(ObjectNode node, String key, SweepSpec.Axis axis, Double load) {
        if (load == null) {
            node.putNull(key);
        } else if (axis == SweepSpec.Axis.CONCURRENCY) {
            node.put(key, Math.round(load));
        } else {
            node.put(key, load);
        }
    }

    private static Table table(String axis, List<SweepResult.Point> points, SweepResult.Point best) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point point : points) {
            BenchResult result = point.result();
            LatencySummary ttft = result.latencies().ttft().summary();
            LatencySummary tpot = result.latencies().tpot().summary();
            rows.add(List.of(format(point.load()) + (point == best ? " (max goodput)" : ""),
                    rate(result.throughput().requestsPerSecond()), rate(result.throughput().outputTokensPerSecond()),
                    rate(result.goodputPerSecond()),
                    point.attainment() == null ? "–" : percent(point.attainment()),
                    ms(ttft.p50()), ms(ttft.p99()), ms(tpot.p50()), ms(tpot.p99()),
                    String.valueOf(result.requests().failed())));
        }
        return new Table("Sweep over " + axis, List.of(axis, "requests/s", "output tok/s", "goodput/s",
                "SLOs met", "TTFT p50 ms", "TTFT p99 ms", "TPOT p50 ms", "TPOT p99 ms", "failed"), rows);
    }

    private static String format(double load) {
        return load == Math.rint(load) ? String.valueOf((long) load) : String.format(Locale.ROOT, "%.3g", load);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String rate(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}

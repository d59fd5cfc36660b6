package dev.aigate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.Verdict;
import dev.aigate.history.BuildRecord;
import dev.aigate.history.Trend;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Reports built in memory for tests: results of any size (a million requests, a thousand prompt cases), GPU
 * telemetry over time (no GPU here), a trend with a regression, and model outputs that try to break out of the page.
 */
public final class SyntheticReports {

    /** An output that would run a script if report.html pasted it into the page as HTML. */
    public static final String HOSTILE_OUTPUT = "</script><img src=x onerror=\"window.aigatePwned=1\"><!--";

    private SyntheticReports() {
    }

    /** An {@code aigate run} report with a bench (and GPU series), a prompt diff with hostile outputs, a failed gate. */
    public static Report withEverything() {
        ObjectNode details = ResultJson.MAPPER.createObjectNode();
        ObjectNode stages = details.putObject("stages");
        ObjectNode bench = bench(20_000, new Random(1));
        bench.set("gpu", gpuSeries());
        stages.set("bench", bench);
        stages.set("prompts", prompts(12, 3, HOSTILE_OUTPUT));
        return new Report("run", "nightly <b>gate</b>", Verdict.FAIL,
                List.of(new GateResult("bench", "p99(ttft) < 500ms", Verdict.PASS, "p99(ttft) = 312.0 ms"),
                        new GateResult("prompts", "pass_rate(prompts) >= 95%", Verdict.FAIL,
                                "pass_rate(prompts) = 75% " + HOSTILE_OUTPUT)),
                List.of(new Table("Latency (ms)", List.of("metric", "p50"), List.of(List.of("ttft", "120.5")))),
                details, List.of("note " + HOSTILE_OUTPUT), Instant.parse("2026-11-22T10:00:00Z"));
    }

    /**
     * A bench report of {@code requests} requests and a prompt stage of {@code cases} cases with outputs of 2,000
     * characters (longer than a report shows).
     */
    public static Report large(int requests, int cases) {
        ObjectNode details = ResultJson.MAPPER.createObjectNode();
        ObjectNode stages = details.putObject("stages");
        stages.set("bench", bench(requests, new Random(2)));
        stages.set("prompts", prompts(cases, 2_000, "x"));
        return new Report("run", "large", Verdict.FAIL, List.of(new GateResult("prompts", "no regression",
                Verdict.FAIL, "regressed")), List.of(), details, List.of(), Instant.parse("2026-11-22T10:00:00Z"));
    }

    /** A bench stage's result: latency histograms of {@code requests} requests (64 output tokens each). */
    public static ObjectNode bench(int requests, Random random) {
        Histogram ttft = histogram();
        Histogram tpot = histogram();
        Histogram itl = histogram();
        Histogram e2el = histogram();
        for (int i = 0; i < requests; i++) {
            long first = (long) (Math.exp(4.8 + 0.35 * random.nextGaussian()) * 1e6);
            long perToken = (long) ((14 + random.nextGaussian()) * 1e6);
            ttft.recordValue(first);
            tpot.recordValue(perToken);
            itl.recordValueWithCount(perToken, 63);
            e2el.recordValue(first + 63 * perToken);
        }
        ObjectNode bench = ResultJson.MAPPER.createObjectNode();
        bench.put("schema", "aigate/bench/v1");
        ObjectNode metrics = bench.putObject("metrics");
        ObjectNode histograms = bench.putObject("histograms");
        Map<String, Histogram> all = new LinkedHashMap<>();
        all.put("ttft", ttft);
        all.put("tpot", tpot);
        all.put("itl", itl);
        all.put("e2el", e2el);
        all.forEach((key, histogram) -> {
            histograms.put(key, encode(histogram));
            metrics.putObject(key + "_ms").put("count", histogram.getTotalCount())
                    .put("p99", histogram.getValueAtPercentile(99) / 1e6);
        });
        bench.putObject("requests").put("sent", requests).put("completed", requests).put("failed", 0);
        bench.putObject("throughput").put("output_tokens_per_s", 900.0);
        return bench;
    }

    /** A prompt stage: {@code cases} cases; a tenth regressed, a tenth improved, a twentieth flaky. */
    public static ObjectNode prompts(int cases, int outputLength, String output) {
        ObjectNode prompts = ResultJson.MAPPER.createObjectNode();
        prompts.put("suite", "acme <support>");
        ObjectNode sides = prompts.putObject("sides");
        ObjectNode comparison = prompts.putObject("comparison");
        comparison.put("test", "exact McNemar").put("pairs", cases).put("p_value", 0.001).put("drop", 0.1)
                .put("regression", true);
        ArrayNode regressed = comparison.putArray("regressed");
        ArrayNode improved = comparison.putArray("improved");
        for (String side : new String[] {"baseline", "candidate"}) {
            ObjectNode summary = sides.putObject(side);
            summary.put("target", side + " <model>").put("pass_rate", side.equals("baseline") ? 0.95 : 0.85)
                    .put("ci_low", 0.8).put("ci_high", 0.97);
            ArrayNode list = summary.putArray("cases");
            for (int i = 0; i < cases; i++) {
                ObjectNode item = list.addObject().put("id", "case-" + i).put("class", i % 20 == 7 ? "flaky" : "stable-pass")
                        .put("passes", 2).put("judged", 3);
                item.putArray("attempts").addObject().put("pass", false).put("output", text(output, outputLength, i))
                        .putArray("failures").add("contains: expected \"<b>\"");
                ((ArrayNode) item.get("attempts")).addObject().put("pass", true).put("output", text(output, outputLength, i));
            }
        }
        for (int i = 0; i < cases; i++) {
            ArrayNode list = i % 10 == 3 ? regressed : i % 10 == 5 ? improved : null;
            if (list != null) {
                ObjectNode item = list.addObject().put("id", "case-" + i).put("baseline_passes", "3/3")
                        .put("candidate_passes", "0/3").put("baseline_output", text("baseline", outputLength, i))
                        .put("candidate_output", text(output, outputLength, i));
                item.putArray("failures").add("is-json: " + output);
            }
        }
        return prompts;
    }

    /** Twenty builds of the {@code run} gate "nightly": p99 TTFT steps up 30% at build 14; build 17 failed. */
    public static Trend trend() {
        List<BuildRecord> builds = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 1; i <= 20; i++) {
            double ttft = (i >= 14 ? 390 : 300) + 10 * random.nextGaussian();
            double throughput = 900 + 15 * random.nextGaussian();
            builds.add(new BuildRecord(String.valueOf(i), Instant.parse("2026-11-01T10:00:00Z").plusSeconds(86_400L * i),
                    "c0ffee" + i, "run", "nightly <b>gate</b>", i == 17 ? Verdict.FAIL : Verdict.PASS,
                    Map.of("bench.ttft_p99_ms", ttft, "bench.output_tokens_per_s", throughput)));
        }
        BuildRecord current = builds.remove(builds.size() - 1);
        return Trend.of(builds, current);
    }

    private static ObjectNode gpuSeries() {
        ObjectNode gpu = ResultJson.MAPPER.createObjectNode();
        ObjectNode series = gpu.putObject("series");
        ArrayNode times = series.putArray("t_s");
        ObjectNode one = series.putArray("gpus").addObject().put("index", 0).put("name", "NVIDIA H100 <80GB>");
        ArrayNode utilization = one.putArray("utilization_pct");
        ArrayNode power = one.putArray("power_w");
        for (int i = 0; i < 60; i++) {
            times.add(i + 0.5);
            utilization.add(i < 5 ? 0 : 92 + i % 5);
            power.add(i < 5 ? 70 : 620 + 3 * (i % 7));
        }
        one.putNull("memory_used_mib");
        return gpu;
    }

    private static String text(String seed, int length, int i) {
        StringBuilder text = new StringBuilder(seed).append(" #").append(i).append(' ');
        while (text.length() < length) {
            text.append("The invoice total is 3,480.00 EUR, due 2025-09-30. ");
        }
        return text.substring(0, Math.max(seed.length(), Math.min(text.length(), length)));
    }

    private static Histogram histogram() {
        Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        histogram.setAutoResize(true);
        return histogram;
    }

    private static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }
}

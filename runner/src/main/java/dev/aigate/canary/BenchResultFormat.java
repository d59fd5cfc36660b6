package dev.aigate.canary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.bench.HistogramCodec;
import dev.aigate.config.ConfigException;
import dev.aigate.result.ResultSections;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A bench result.json ({@code aigate/bench/v1}, or the bench stage of an {@code aigate/run/v1} result): latency
 * samples rebuilt from the exact HdrHistograms under {@code histograms.<metric>} (Base64 of the compressed
 * encoding, values in nanoseconds; each recorded value becomes as many samples, in ms, as its count), and the
 * error rate from {@code requests.failed} of {@code requests.sent}.
 */
final class BenchResultFormat implements ResultFileFormat {

    static final String[] LATENCIES = {"ttft", "tpot", "itl", "e2el"};

    @Override
    public String name() {
        return "bench result";
    }

    @Override
    public boolean reads(Path file, JsonNode root) {
        // A run without a bench stage is read too, to be refused with its own reason.
        return ResultSections.kind(root).filter(kind -> kind.equals("bench") || kind.equals(ResultSections.RUN))
                .isPresent();
    }

    @Override
    public SideData read(Path file, JsonNode root) {
        JsonNode bench = ResultSections.section(root, "bench")
                .orElseThrow(() -> new ConfigException(file + ": " + ResultSections.notFound(root, "bench")));
        JsonNode histograms = bench.path("histograms");
        if (!histograms.isObject()) {
            throw new ConfigException(file + ": no per-request latencies (histograms.*) in this bench result; "
                    + "re-run it with this aigate version, or give the per-request JSONL log instead");
        }
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (String metric : LATENCIES) {
            JsonNode encoded = histograms.get(metric);
            if (encoded != null && encoded.isTextual()) {
                samples.put(metric, decode(file, metric, encoded.asText()));
            }
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        JsonNode requests = bench.path("requests");
        long sent = requests.path("sent").asLong();
        long failed = requests.path("failed").asLong();
        if (requests.has("sent") && requests.has("failed")) {
            counts.put("error_rate", new long[] {failed, sent});
        }
        Map<String, Long> errors = new LinkedHashMap<>();
        bench.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asLong()));
        errors.values().removeIf(count -> count == 0);
        return new SideData(samples, counts, requests.has("sent")
                ? new RequestOutcomes(sent, sent - failed, errors, requests.path("waited_for_slot").asLong(0))
                : null);
    }

    /** The histogram's recorded values, in milliseconds, each repeated as often as it was recorded. */
    static double[] decode(Path file, String metric, String base64) {
        Histogram histogram;
        try {
            histogram = HistogramCodec.histogram(base64);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": histograms." + metric + " is not a Base64 HdrHistogram encoding");
        }
        long total = histogram.getTotalCount();
        if (total > Integer.MAX_VALUE - 8) {
            throw new ConfigException(file + ": histograms." + metric + " holds too many values to judge: " + total);
        }
        double[] values = new double[(int) total];
        int i = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            double ms = histogram.medianEquivalentValue(v.getValueIteratedTo()) / 1e6;
            for (long c = 0; c < v.getCountAtValueIteratedTo(); c++) {
                values[i++] = ms;
            }
        }
        return values;
    }
}

package dev.aigate.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.bench.HistogramCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * One latency distribution drawn from the HdrHistogram a bench result keeps (Base64, values in nanoseconds): its
 * CDF at a fixed set of percentiles, dense in the tail, and a histogram of up to {@value #BINS} bins up to p99.9.
 * The size is fixed whatever the number of requests, so a million-request report is as small as a short one.
 */
public final class LatencyCurve {

    static final int BINS = 40;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double[] PERCENTILES = percentiles();

    private LatencyCurve() {
    }

    /** The curve as {@code {"count", "cdf": [[ms, percentile]...], "bins": {"from_ms", "width_ms", "counts"}}}. */
    public static Optional<ObjectNode> fromEncoded(String base64) {
        Optional<Histogram> decoded = decode(base64);
        if (decoded.isEmpty() || decoded.get().getTotalCount() == 0) {
            return Optional.empty();
        }
        Histogram histogram = decoded.get();
        ObjectNode curve = NODES.objectNode();
        curve.put("count", histogram.getTotalCount());
        ArrayNode cdf = curve.putArray("cdf");
        double previous = Double.NaN;
        for (double percentile : PERCENTILES) {
            double ms = millis(percentile == 0 ? histogram.getMinValue() : histogram.getValueAtPercentile(percentile));
            if (ms != previous) {
                cdf.addArray().add(ms).add(percentile);
                previous = ms;
            }
        }
        curve.set("bins", bins(histogram));
        return Optional.of(curve);
    }

    /** Every recorded value falls in exactly one bin, or above the last (past p99.9). */
    private static ObjectNode bins(Histogram histogram) {
        long low = histogram.getMinValue();
        long high = Math.max(low + 1, histogram.getValueAtPercentile(99.9));
        double width = (high - low) / (double) BINS;
        long[] counts = new long[BINS];
        long above = 0;
        for (HistogramIterationValue value : histogram.recordedValues()) {
            long at = histogram.medianEquivalentValue(value.getValueIteratedTo());
            if (at > high) {
                above += value.getCountAtValueIteratedTo();
            } else {
                counts[(int) Math.min(BINS - 1, Math.max(0, (at - low) / width))] += value.getCountAtValueIteratedTo();
            }
        }
        ObjectNode bins = NODES.objectNode();
        bins.put("from_ms", millis(low));
        bins.put("width_ms", width / 1e6);
        ArrayNode array = bins.putArray("counts");
        for (long count : counts) {
            array.add(count);
        }
        bins.put("above", above);
        return bins;
    }

    private static Optional<Histogram> decode(String base64) {
        try {
            return Optional.of(HistogramCodec.histogram(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    /** 0, 1, ..., 90, then 90.5 ... 99 by halves, 99.1 ... 99.9, 99.95, 99.99, 99.999, 100. */
    private static double[] percentiles() {
        List<Double> all = new ArrayList<>();
        for (int p = 0; p <= 90; p++) {
            all.add((double) p);
        }
        for (double p = 90.5; p <= 99; p += 0.5) {
            all.add(p);
        }
        for (int tenth = 1; tenth <= 9; tenth++) {
            all.add(99 + tenth / 10.0);
        }
        all.addAll(List.of(99.95, 99.99, 99.999, 100.0));
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

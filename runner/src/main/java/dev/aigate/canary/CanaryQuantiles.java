package dev.aigate.canary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A compact picture of both sides of each sampled metric, for reports to draw the two distributions: the
 * {@value #POINTS} quantiles (0%, 1%, ..., 100%, type 7 interpolation) of the baseline and of the candidate, under
 * {@code metrics.<name>.quantiles} of the canary's result. Its size does not grow with the samples.
 */
public final class CanaryQuantiles {

    static final int POINTS = 101;

    private CanaryQuantiles() {
    }

    /** Adds the quantiles to the judgement's JSON (its {@link CanaryJudgement#toJson()}) and returns it. */
    public static ObjectNode attach(ObjectNode judgement, CanaryData data) {
        for (Map.Entry<String, MetricData> metric : data.metrics().entrySet()) {
            JsonNode node = judgement.path("metrics").path(metric.getKey());
            if (node instanceof ObjectNode target && metric.getValue() instanceof MetricData.Samples samples
                    && !samples.empty()) {
                ObjectNode quantiles = target.putObject("quantiles");
                quantiles.set("baseline", quantiles(samples.baseline(), quantiles));
                quantiles.set("candidate", quantiles(samples.candidate(), quantiles));
            }
        }
        return judgement;
    }

    static ArrayNode quantiles(double[] values, ObjectNode factory) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        ArrayNode points = factory.arrayNode(POINTS);
        for (int i = 0; i < POINTS; i++) {
            double position = (sorted.length - 1) * i / (double) (POINTS - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(sorted.length - 1, below + 1);
            double value = interpolate(sorted[below], sorted[above], position - below);
            points.add(Double.parseDouble(String.format(Locale.ROOT, "%.6g", value)));
        }
        return points;
    }

    /** R's type 7 step from {@code low} toward {@code high}; the weighted sum where their gap overflows a double. */
    private static double interpolate(double low, double high, double fraction) {
        double gap = high - low;
        return Double.isInfinite(gap) ? (1 - fraction) * low + fraction * high : low + fraction * gap;
    }
}

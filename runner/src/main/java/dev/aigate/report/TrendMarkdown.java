package dev.aigate.report;

import dev.aigate.history.BuildRecord;
import dev.aigate.history.StepChange;
import dev.aigate.history.Trend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The trend section of summary.md: a mermaid {@code xychart-beta} line per key metric (GitHub draws them), the
 * metrics that moved first, and the builds that regressed named below the charts, since the charts cannot mark
 * points.
 */
final class TrendMarkdown {

    static final int MAX_CHARTS = 3;

    private TrendMarkdown() {
    }

    static void render(Trend trend, StringBuilder md) {
        List<BuildRecord> builds = trend.builds();
        md.append("### Trend across the last ").append(builds.size()).append(builds.size() == 1 ? " build" : " builds")
                .append("\n\n");
        for (Trend.Series series : charted(trend)) {
            chart(series, builds, md);
        }
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            if (!trend.regressed(i)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (trend.gateFailed(i)) {
                why.add("gate failed");
            }
            for (Trend.Series series : trend.series()) {
                for (StepChange change : series.changes()) {
                    if (change.regression() && change.index() == i) {
                        why.add(series.metric() + " stepped " + signedPercent(change.relativeShift()) + " (p = "
                                + String.format(Locale.ROOT, "%.3g", change.pValue()) + ")");
                    }
                }
            }
            marked.add("#" + label(builds.get(i).build()) + ": " + String.join(", ", why));
        }
        if (marked.isEmpty()) {
            md.append("No build regressed: every gate passed and no key metric shifted for the worse.\n\n");
        } else {
            md.append("Regressed builds: ").append(SummaryMarkdown.escape(String.join("; ", marked))).append("\n\n");
        }
    }

    /** The metrics with a step change first, then the others in result order; at most {@value #MAX_CHARTS}. */
    private static List<Trend.Series> charted(Trend trend) {
        Set<Trend.Series> ordered = new LinkedHashSet<>();
        trend.series().stream().filter(s -> !s.changes().isEmpty()).forEach(ordered::add);
        ordered.addAll(trend.series());
        return ordered.stream().limit(MAX_CHARTS).toList();
    }

    private static void chart(Trend.Series series, List<BuildRecord> builds, StringBuilder md) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            Double value = series.values().get(i);
            if (value != null) {
                labels.add("\"#" + label(builds.get(i).build()) + "\"");
                values.add(String.format(Locale.ROOT, "%.6g", value));
            }
        }
        md.append("```mermaid\nxychart-beta\n    title \"").append(series.metric())
                .append(series.higherIsBetter() ? " (higher is better)" : " (lower is better)").append("\"\n")
                .append("    x-axis [").append(String.join(", ", labels)).append("]\n")
                .append("    line [").append(String.join(", ", values)).append("]\n```\n\n");
    }

    /** A build label safe inside a mermaid string and a Markdown line. */
    private static String label(String build) {
        return build.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String signedPercent(double relative) {
        return String.format(Locale.ROOT, "%+.1f%%", relative * 100);
    }
}

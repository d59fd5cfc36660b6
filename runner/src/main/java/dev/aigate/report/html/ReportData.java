package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.history.StepChange;
import dev.aigate.history.Trend;
import dev.aigate.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON blob report.html draws from: the verdict and a list of panels, each built from the result data that
 * exists (a stage without latency histograms gets no latency panel), and the trend across builds when there is a
 * history. Everything in it is bounded in size, whatever the number of requests or cases.
 */
public final class ReportData {

    private static final List<PanelSource> SOURCES = List.of(new LatencyPanels(), new SweepPanels(),
            new CanaryPanels(), new PromptsPanels(), new CostPanels(), new GpuPanels());

    private ReportData() {
    }

    /** @param trend the trend across builds, or null without a history */
    public static ObjectNode of(Report report, Trend trend) {
        ObjectNode data = ResultNodes.NODES.objectNode();
        data.put("kind", report.kind());
        data.put("title", report.title());
        data.put("verdict", report.verdict().label());
        ArrayNode panels = data.putArray("panels");
        if (trend != null) {
            panels.add(trend(trend));
        }
        for (Map.Entry<String, JsonNode> stage : stages(report).entrySet()) {
            for (PanelSource source : SOURCES) {
                source.addPanels(stage.getKey(), stage.getValue(), panels);
            }
        }
        return data;
    }

    /** {@code aigate run} nests one result per stage under {@code stages}; the other commands are one stage. */
    private static Map<String, JsonNode> stages(Report report) {
        if (report.details() == null) {
            return Map.of();
        }
        JsonNode nested = report.details().path("stages");
        if (nested.isObject()) {
            Map<String, JsonNode> stages = new LinkedHashMap<>();
            nested.properties().forEach(e -> stages.put(e.getKey(), e.getValue()));
            return stages;
        }
        return Map.of(report.kind(), report.details());
    }

    private static ObjectNode trend(Trend trend) {
        ObjectNode panel = ResultNodes.NODES.objectNode();
        panel.put("type", "trend");
        panel.put("stage", "history");
        panel.put("title", "Trend across the last " + trend.builds().size() + " builds");
        ArrayNode builds = panel.putArray("builds");
        for (int i = 0; i < trend.builds().size(); i++) {
            ObjectNode build = builds.addObject();
            build.put("build", trend.builds().get(i).build());
            build.put("commit", trend.builds().get(i).commit());
            build.put("timestamp", trend.builds().get(i).timestamp().toString());
            build.put("verdict", trend.builds().get(i).verdict().label());
            build.put("regressed", trend.regressed(i));
        }
        ArrayNode series = panel.putArray("series");
        for (Trend.Series s : trend.series()) {
            ObjectNode node = series.addObject();
            node.put("metric", s.metric());
            node.put("higher_is_better", s.higherIsBetter());
            ArrayNode values = node.putArray("values");
            s.values().forEach(values::add);
            ArrayNode changes = node.putArray("changes");
            for (StepChange change : s.changes()) {
                ObjectNode c = changes.addObject();
                c.put("index", change.index());
                c.put("p_value", change.pValue());
                c.put("shift", change.shift());
                c.put("relative_shift", change.relativeShift());
                c.put("regression", change.regression());
            }
        }
        return panel;
    }
}

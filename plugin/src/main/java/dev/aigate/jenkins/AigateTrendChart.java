package dev.aigate.jenkins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.pipeline.TrendChart;
import edu.hm.hafner.echarts.LineSeries;
import edu.hm.hafner.echarts.LinesChartModel;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;
import java.util.List;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * One of the runner's {@link TrendChart}s as ECharts draws it on the job page (echarts-api's
 * {@code c:trend-chart}); clicking a build opens that build's aigate page.
 */
public final class AigateTrendChart implements AsyncTrendChart {

    private static final List<JenkinsPalette> COLOURS = List.of(JenkinsPalette.BLUE, JenkinsPalette.ORANGE,
            JenkinsPalette.GREEN, JenkinsPalette.PURPLE, JenkinsPalette.CYAN, JenkinsPalette.RED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String title;
    private final TrendChart chart;
    private final String urlName;

    AigateTrendChart(String stepId, TrendChart chart, String urlName) {
        this.title = "aigate " + stepId + ": " + chart.title();
        this.chart = chart;
        this.urlName = urlName;
    }

    public String getTitle() {
        return title;
    }

    /** The build action's URL name, for the links from the chart to a build. */
    public String getUrlName() {
        return urlName;
    }

    /** Build names of the regressed builds, listed under the chart. */
    public List<String> getRegressedBuilds() {
        return chart.regressedBuilds().stream().map(number -> "#" + number).toList();
    }

    @Override
    @JavaScriptMethod
    public String getBuildTrendModel() {
        LinesChartModel model = new LinesChartModel();
        model.setDomainAxisLabels(chart.labels());
        model.setBuildNumbers(chart.buildNumbers());
        int colour = 0;
        for (var series : chart.series().entrySet()) {
            LineSeries line = new LineSeries(series.getKey(), COLOURS.get(colour++ % COLOURS.size()).normal(),
                    LineSeries.StackedMode.SEPARATE_LINES, LineSeries.FilledMode.LINES);
            line.addAll(series.getValue());
            model.addSeries(line);
        }
        try {
            return JSON.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the trend of " + title, e);
        }
    }

    @Override
    public boolean isTrendVisible() {
        return true;
    }
}

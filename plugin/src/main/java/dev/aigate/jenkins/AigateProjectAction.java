package dev.aigate.jenkins;

import dev.aigate.pipeline.BuildTrend;
import dev.aigate.pipeline.TrendPoint;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job page's aigate trends: for every aigate step (told apart by report directory) in the last
 * {@value #BUILDS} builds, the runner's {@link BuildTrend} charts of its key figures, regressed builds marked.
 */
public class AigateProjectAction implements Action {

    static final int BUILDS = 50;

    private final Job<?, ?> job;

    AigateProjectAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** Every chart of every step, newest builds included, in the order the steps ran. */
    public List<AigateTrendChart> getCharts() {
        Map<String, List<TrendPoint>> pointsByStep = new LinkedHashMap<>();
        Map<String, String> urlNames = new LinkedHashMap<>();
        int seen = 0;
        for (Run<?, ?> run = job.getLastCompletedBuild(); run != null && seen < BUILDS; run = run.getPreviousBuild()) {
            seen++;
            for (AigateBuildAction action : run.getActions(AigateBuildAction.class)) {
                pointsByStep.computeIfAbsent(action.getStepId(), id -> new ArrayList<>())
                        .add(new TrendPoint(run.getNumber(), run.getDisplayName(), action.getResult()));
                urlNames.putIfAbsent(action.getStepId(), action.getUrlName());
            }
        }
        List<AigateTrendChart> charts = new ArrayList<>();
        pointsByStep.forEach((step, points) -> BuildTrend.of(points).charts()
                .forEach(chart -> charts.add(new AigateTrendChart(step, chart, urlNames.get(step)))));
        return charts;
    }

    @Override
    public String getIconFileName() {
        return null; // the charts sit on the job page itself (floatingBox.jelly)
    }

    @Override
    public String getDisplayName() {
        return "aigate trends";
    }

    @Override
    public String getUrlName() {
        return "aigate-trends";
    }
}

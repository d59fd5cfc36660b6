package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import dev.aigate.pipeline.StepResult;
import hudson.model.Run;
import java.util.List;
import java.util.Map;
import jenkins.model.RunAction2;

/**
 * One aigate step's result on the build page: the verdict, the gate table, the key figures and a link to the
 * archived report.html. Keeps the result.json text (already free of secrets: the runner redacts its files), and
 * reads it through the runner's {@link StepResult}, the same reader that judged the build.
 */
public class AigateBuildAction implements RunAction2 {

    private final String command;
    private final String outDir;
    private final String resultJson;
    private final String reportUrl;
    private transient Run<?, ?> run;
    private transient StepResult result;

    AigateBuildAction(StepCommand command, String outDir, String resultJson, String reportUrl) {
        this.command = command.word();
        this.outDir = outDir;
        this.resultJson = resultJson;
        this.reportUrl = reportUrl;
    }

    /** Adds the action, replacing one a step with the same report directory added earlier in this build. */
    static void attach(Run<?, ?> run, AigateBuildAction action) {
        for (AigateBuildAction earlier : run.getActions(AigateBuildAction.class)) {
            if (earlier.getUrlName().equals(action.getUrlName())) {
                run.removeAction(earlier);
            }
        }
        run.addAction(action);
    }

    /** Tells this step's results apart from other aigate steps' across builds: its report directory. */
    public String getStepId() {
        return outDir;
    }

    public StepResult getResult() {
        if (result == null) {
            result = StepResult.parse(resultJson, outDir);
        }
        return result;
    }

    public String getVerdict() {
        return getResult().verdict().label();
    }

    public String getHeadline() {
        return getResult().headline();
    }

    public List<StepResult.Gate> getGates() {
        return getResult().gates();
    }

    public Map<String, Object> getValues() {
        return getResult().stepValues();
    }

    /** The archived report.html, relative to the build page; null when none was archived. */
    public String getReportUrl() {
        return reportUrl;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "aigate " + command + " (" + outDir + ")";
    }

    @Override
    public String getUrlName() {
        return "aigate-" + outDir.replaceAll("[^A-Za-z0-9_.-]+", "-");
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }
}

package dev.aigate.jenkins;

import dev.aigate.config.ConfigException;
import dev.aigate.pipeline.RunnerLaunch;
import dev.aigate.pipeline.StepParameters;
import dev.aigate.pipeline.StepResult;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs one aigate step: the runner checks the parameters and plans the command line; the runner jar is copied to
 * the agent and started there in its own JVM, its console streamed (masked) into the build log; its result.json
 * is copied back, judged by the runner's rule, archived and shown on the build page. Returns the step's values.
 */
final class AigateStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final transient AigateStep step;

    AigateStepExecution(AigateStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FilePath workspace = context.get(FilePath.class);
        Launcher launcher = context.get(Launcher.class);
        TaskListener listener = context.get(TaskListener.class);

        StepParameters parameters = checked(step);
        String apiKey = step.getCredentialsId() == null || step.getCredentialsId().isBlank() ? null
                : ApiKeyCredential.secret(run, step.getCredentialsId(), step.command().stepName());
        FilePath runnerJar = RunnerJar.installOn(workspace, listener);
        String java = workspace.act(new AgentJava());
        RunnerLaunch launch = RunnerLaunch.of(parameters, java, runnerJar.getRemote(), apiKey != null);

        FilePath outDir = workspace.child(launch.outDir());
        FilePath resultFile = outDir.child(StepResult.RESULT_JSON);
        resultFile.delete(); // a result left by an earlier build must never judge this one
        RunnerProcess.Exit exit = RunnerProcess.run(launcher, workspace, context.get(EnvVars.class), launch, apiKey,
                listener);
        if (!resultFile.exists()) {
            throw new AbortException(parameters.rule().withoutResult(step.command(), exit.code(), exit.lastLine())
                    .message());
        }
        String resultJson = resultFile.readToString();
        StepResult result = parse(resultJson, launch.outDir());
        String reportUrl = ReportArchive.archive(run, workspace, launcher, listener, outDir, launch.outDir());
        AigateBuildAction.attach(run,
                new AigateBuildAction(step.command(), launch.outDir(), resultJson, reportUrl));
        BuildResults.apply(parameters.rule().judge(result), run, context.get(FlowNode.class), listener);
        return result.stepValues();
    }

    private static StepParameters checked(AigateStep step) throws AbortException {
        try {
            return StepParameters.of(step.command(), step.runnerParameters());
        } catch (ConfigException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static StepResult parse(String resultJson, String outDir) throws AbortException {
        try {
            return StepResult.parse(resultJson, outDir);
        } catch (IllegalArgumentException e) {
            throw new AbortException(outDir + "/" + e.getMessage());
        }
    }
}

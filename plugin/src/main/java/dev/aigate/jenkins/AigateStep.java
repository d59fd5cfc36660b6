package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * An aigate Pipeline step: the parameters every step takes. Each subclass names its command and declares, as
 * {@code @DataBoundSetter} fields, the options the runner gives that command ({@link dev.aigate.pipeline.StepOption});
 * the runner checks every value, so a step only collects what the Jenkinsfile wrote.
 */
public abstract class AigateStep extends Step {

    private final StepCommand command;
    @DataBoundSetter private String thresholds;
    @DataBoundSetter private String args;
    @DataBoundSetter private String outDir;
    @DataBoundSetter private String maxHeap;
    @DataBoundSetter private String credentialsId;
    @DataBoundSetter private String apiKeyVariable;
    @DataBoundSetter private String failAs;
    @DataBoundSetter private String marginalAs;
    @DataBoundSetter private String inconclusiveAs;

    protected AigateStep(StepCommand command) {
        this.command = command;
    }

    /** The aigate command this step runs. */
    public final StepCommand command() {
        return command;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new AigateStepExecution(this, context);
    }

    /**
     * The step's parameters as the Jenkinsfile wrote them (defaults left out), without {@code credentialsId},
     * which the plugin resolves itself: the runner's {@link dev.aigate.pipeline.StepParameters} reads the rest.
     */
    Map<String, Object> runnerParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>(DescribableModel.uninstantiate2_(this).getArguments());
        parameters.remove("credentialsId");
        return parameters;
    }

    public String getThresholds() {
        return thresholds;
    }

    public String getArgs() {
        return args;
    }

    public String getOutDir() {
        return outDir;
    }

    public String getMaxHeap() {
        return maxHeap;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getApiKeyVariable() {
        return apiKeyVariable;
    }

    public String getFailAs() {
        return failAs;
    }

    public String getMarginalAs() {
        return marginalAs;
    }

    public String getInconclusiveAs() {
        return inconclusiveAs;
    }
}

package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code aigatePrompts 'suite.yaml'}: a prompt regression suite, optionally against a baseline. */
public class AigatePromptsStep extends AigateStep {

    private final String config;
    @DataBoundSetter private String target;
    @DataBoundSetter private String model;
    @DataBoundSetter private String baseline;
    @DataBoundSetter private Integer repeat;
    @DataBoundSetter private Integer concurrency;
    @DataBoundSetter private String maxCost;

    @DataBoundConstructor
    public AigatePromptsStep(String config) {
        super(StepCommand.PROMPTS);
        this.config = config;
    }

    public String getConfig() {
        return config;
    }

    public String getTarget() {
        return target;
    }

    public String getModel() {
        return model;
    }

    public String getBaseline() {
        return baseline;
    }

    public Integer getRepeat() {
        return repeat;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public String getMaxCost() {
        return maxCost;
    }

    /** The step's descriptor. */
    @Extension
    @Symbol("aigatePrompts")
    public static final class DescriptorImpl extends AigateStepDescriptor {
        public DescriptorImpl() {
            super(StepCommand.PROMPTS, "prompt regression suite");
        }
    }
}

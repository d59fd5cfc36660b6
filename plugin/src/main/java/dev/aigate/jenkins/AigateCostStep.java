package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code aigateCost result: 'bench/result.json', model: 'gpt-4o-mini'}: a cost estimate and budget gate. */
public class AigateCostStep extends AigateStep {

    @DataBoundSetter private String result;
    @DataBoundSetter private String model;
    @DataBoundSetter private Integer inputTokens;
    @DataBoundSetter private Integer outputTokens;
    @DataBoundSetter private String traffic;
    @DataBoundSetter private Double requestsPerDay;
    @DataBoundSetter private String gpuHourly;
    @DataBoundSetter private String baseline;

    @DataBoundConstructor
    public AigateCostStep() {
        super(StepCommand.COST);
    }

    public String getResult() {
        return result;
    }

    public String getModel() {
        return model;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public String getTraffic() {
        return traffic;
    }

    public Double getRequestsPerDay() {
        return requestsPerDay;
    }

    public String getGpuHourly() {
        return gpuHourly;
    }

    public String getBaseline() {
        return baseline;
    }

    /** The step's descriptor. */
    @Extension
    @Symbol("aigateCost")
    public static final class DescriptorImpl extends AigateStepDescriptor {
        public DescriptorImpl() {
            super(StepCommand.COST, "cost estimate and budget gate");
        }
    }
}

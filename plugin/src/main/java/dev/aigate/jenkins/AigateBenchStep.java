package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code aigateBench url: 'http://gpu-01:8000/v1', model: '…'}: a load and latency benchmark of an OpenAI-compatible
 * or Anthropic endpoint, in the runner's own JVM on the agent.
 */
public class AigateBenchStep extends AigateStep {

    @DataBoundSetter private String url;
    @DataBoundSetter private String model;
    @DataBoundSetter private String api;
    @DataBoundSetter private String profile;
    @DataBoundSetter private Integer concurrency;
    @DataBoundSetter private Double rate;
    @DataBoundSetter private Integer requests;
    @DataBoundSetter private String duration;
    @DataBoundSetter private Integer inputTokens;
    @DataBoundSetter private Integer outputTokens;
    @DataBoundSetter private String slo;

    @DataBoundConstructor
    public AigateBenchStep() {
        super(StepCommand.BENCH);
    }

    public String getUrl() {
        return url;
    }

    public String getModel() {
        return model;
    }

    public String getApi() {
        return api;
    }

    public String getProfile() {
        return profile;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public Double getRate() {
        return rate;
    }

    public Integer getRequests() {
        return requests;
    }

    public String getDuration() {
        return duration;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public String getSlo() {
        return slo;
    }

    /** The step's descriptor. */
    @Extension
    @Symbol("aigateBench")
    public static final class DescriptorImpl extends AigateStepDescriptor {
        public DescriptorImpl() {
            super(StepCommand.BENCH, "load and latency benchmark");
        }
    }
}

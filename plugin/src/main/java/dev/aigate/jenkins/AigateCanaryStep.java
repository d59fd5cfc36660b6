package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code aigateCanary baseline: 'old/result.json', candidate: 'new/result.json'}: a Kayenta-style statistical
 * comparison of baseline and candidate, from result files, plain samples or two live targets.
 */
public class AigateCanaryStep extends AigateStep {

    @DataBoundSetter private String config;
    @DataBoundSetter private String baseline;
    @DataBoundSetter private String candidate;
    @DataBoundSetter private String samples;
    @DataBoundSetter private String baselineUrl;
    @DataBoundSetter private String candidateUrl;
    @DataBoundSetter private String api;
    @DataBoundSetter private String duration;
    @DataBoundSetter private Integer concurrency;
    @DataBoundSetter private Integer inputTokens;
    @DataBoundSetter private Integer outputTokens;
    @DataBoundSetter private Double confidence;

    @DataBoundConstructor
    public AigateCanaryStep() {
        super(StepCommand.CANARY);
    }

    public String getConfig() {
        return config;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getCandidate() {
        return candidate;
    }

    public String getSamples() {
        return samples;
    }

    public String getBaselineUrl() {
        return baselineUrl;
    }

    public String getCandidateUrl() {
        return candidateUrl;
    }

    public String getApi() {
        return api;
    }

    public String getDuration() {
        return duration;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public Double getConfidence() {
        return confidence;
    }

    /** The step's descriptor. */
    @Extension
    @Symbol("aigateCanary")
    public static final class DescriptorImpl extends AigateStepDescriptor {
        public DescriptorImpl() {
            super(StepCommand.CANARY, "canary statistics, baseline vs candidate");
        }
    }
}

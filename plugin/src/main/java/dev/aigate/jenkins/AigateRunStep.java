package dev.aigate.jenkins;

import dev.aigate.pipeline.StepCommand;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code aigateRun 'aigate.yaml'}: the whole gate file (prompt suites, benchmark, canary, cost), one verdict. */
public class AigateRunStep extends AigateStep {

    private final String config;

    @DataBoundConstructor
    public AigateRunStep(String config) {
        super(StepCommand.RUN);
        this.config = config;
    }

    public String getConfig() {
        return config;
    }

    /** The step's descriptor. */
    @Extension
    @Symbol("aigateRun")
    public static final class DescriptorImpl extends AigateStepDescriptor {
        public DescriptorImpl() {
            super(StepCommand.RUN, "run a gate file");
        }
    }
}

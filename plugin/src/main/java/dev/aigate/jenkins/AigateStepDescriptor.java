package dev.aigate.jenkins;

import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import dev.aigate.pipeline.BuildResultRule;
import dev.aigate.pipeline.StepCommand;
import dev.aigate.pipeline.StepOption;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;

/**
 * What the aigate steps share in Jenkins: the context they need (a workspace on an agent), their function name
 * from the runner's command, the options the Snippet Generator shows (the runner's list for the command: one
 * config.jelly serves every step) and the credentials drop-down.
 */
public abstract class AigateStepDescriptor extends StepDescriptor {

    private final StepCommand command;
    private final String description;

    protected AigateStepDescriptor(StepCommand command, String description) {
        this.command = command;
        this.description = description;
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class, FlowNode.class);
    }

    @Override
    public String getFunctionName() {
        return command.stepName();
    }

    @Override
    public String getDisplayName() {
        return "aigate " + command.word() + ": " + description;
    }

    /** Whether the step's first field is its gate file, suite or canary YAML. */
    public boolean isConfigurable() {
        return command != StepCommand.BENCH && command != StepCommand.COST;
    }

    /** The runner's options for this step's command, by their Jenkinsfile names, for config.jelly. */
    public List<String> getOptionNames() {
        return StepOption.of(command).stream().map(StepOption::parameter).toList();
    }

    public ListBoxModel doFillFailAsItems() {
        return resultChoices("failAs");
    }

    public ListBoxModel doFillMarginalAsItems() {
        return resultChoices("marginalAs");
    }

    public ListBoxModel doFillInconclusiveAsItems() {
        return resultChoices("inconclusiveAs");
    }

    /** The runner's choices for a rule parameter, after an empty entry for its default. */
    private static ListBoxModel resultChoices(String parameter) {
        ListBoxModel model = new ListBoxModel();
        model.add("(default)", "");
        BuildResultRule.choices(parameter).forEach(status -> model.add(status.name()));
        return model;
    }

    /** Secret text credentials the job may use, for the {@code credentialsId} drop-down. */
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (item == null ? !Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : !item.hasPermission(Item.EXTENDED_READ)) {
            return model.includeCurrentValue(credentialsId);
        }
        return model.includeEmptyValue()
                .includeAs(ACL.SYSTEM2, item, StringCredentials.class)
                .includeCurrentValue(credentialsId);
    }
}

package dev.aigate.jenkins;

import dev.aigate.pipeline.BuildOutcome;
import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Puts the runner's {@link BuildOutcome} on the build, as warnings-ng does with a quality gate: FAILURE ends the
 * step with an {@link AbortException} of one line; UNSTABLE marks the build and the stage (a {@link WarningAction}
 * on the step's node, which Blue Ocean and the stage view show); SUCCESS only logs the line.
 */
final class BuildResults {

    private BuildResults() {
    }

    static void apply(BuildOutcome outcome, Run<?, ?> run, FlowNode node, TaskListener listener)
            throws AbortException {
        switch (outcome.status()) {
            case FAILURE:
                throw new AbortException(outcome.message());
            case UNSTABLE:
                listener.getLogger().println(outcome.message());
                run.setResult(Result.UNSTABLE);
                node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(outcome.message()));
                break;
            default:
                listener.getLogger().println(outcome.message());
                break;
        }
    }
}

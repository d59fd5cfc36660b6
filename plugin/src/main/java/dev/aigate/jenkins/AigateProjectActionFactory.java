package dev.aigate.jenkins;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Puts the trend action on every job whose last completed build ran an aigate step. */
@Extension
@SuppressWarnings("rawtypes") // TransientActionFactory<Job> as core's own factories declare it
public final class AigateProjectActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Collection<? extends Action> createFor(Job target) {
        Run<?, ?> last = target.getLastCompletedBuild();
        if (last == null || last.getActions(AigateBuildAction.class).isEmpty()) {
            return List.of();
        }
        return List.of(new AigateProjectAction(target));
    }
}

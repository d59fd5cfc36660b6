package dev.aigate.jenkins;

import dev.aigate.pipeline.RunnerLaunch;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.TaskListener;
import java.io.IOException;

/**
 * The runner's child JVM on the agent: started in the workspace with the step's environment (and the API key in
 * the variable the runner reads), its console streamed into the build log through a {@link MaskedConsole}.
 */
final class RunnerProcess {

    /** How the process ended: its exit code and the last line it printed. */
    record Exit(int code, String lastLine) {
    }

    private RunnerProcess() {
    }

    static Exit run(Launcher launcher, FilePath workspace, EnvVars stepEnvironment, RunnerLaunch launch,
            String apiKey, TaskListener listener) throws IOException, InterruptedException {
        EnvVars environment = new EnvVars(stepEnvironment);
        if (apiKey != null) {
            environment.put(launch.apiKeyVariable(), apiKey);
        }
        try (MaskedConsole console = new MaskedConsole(listener.getLogger(), apiKey)) {
            int code = launcher.launch().cmds(launch.command()).envs(environment).pwd(workspace).stdout(console)
                    .join();
            console.forceEol();
            return new Exit(code, console.lastLine());
        }
    }
}

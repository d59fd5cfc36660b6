package dev.aigate.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How a step starts the runner: the child JVM's command line (its own heap, so a heavy load test never loads the
 * agent's JVM), the report directory it writes, and the environment variable that carries the API key.
 *
 * @param command        java, its options, {@code -jar}, the runner jar, then the aigate command line
 * @param outDir         the report directory the command line names with {@code --out}
 * @param apiKeyVariable the variable to set to the credential's secret; null when the step binds none
 */
public record RunnerLaunch(List<String> command, String outDir, String apiKeyVariable) {

    public RunnerLaunch {
        command = List.copyOf(command);
    }

    /**
     * @param java        the java executable on the agent
     * @param runnerJar   the runner jar's path on the agent
     * @param withApiKey  whether the step binds an API key credential
     */
    public static RunnerLaunch of(StepParameters step, String java, String runnerJar, boolean withApiKey) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + step.maxHeap(),
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-jar", runnerJar));
        command.addAll(arguments(step, withApiKey));
        return new RunnerLaunch(command, step.outDir(), withApiKey ? step.apiKeyVariable() : null);
    }

    /** The aigate command line alone, exactly as a user would type it after {@code aigate}. */
    public static List<String> arguments(StepParameters step, boolean withApiKey) {
        List<String> line = new ArrayList<>();
        line.add(step.command().word());
        if (step.config() != null) {
            if (step.command().configArgument() == StepCommand.ConfigArgument.FLAG) {
                line.add("--config");
            }
            line.add(step.config());
        }
        step.options().forEach((option, value) -> {
            line.add(option.flag());
            line.add(value);
        });
        if (withApiKey && (step.command() == StepCommand.BENCH || step.command() == StepCommand.CANARY)) {
            // A key named explicitly is sent to any host, not only to the cloud APIs the runner knows.
            line.add("--api-key-env");
            line.add(step.apiKeyVariable());
        }
        for (String threshold : step.thresholds()) {
            line.add("--threshold");
            line.add(threshold);
        }
        line.addAll(step.args());
        line.add("--out");
        line.add(step.outDir());
        return line;
    }
}

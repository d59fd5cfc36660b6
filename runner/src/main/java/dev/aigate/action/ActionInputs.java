package dev.aigate.action;

import dev.aigate.config.ConfigException;
import dev.aigate.text.ShellWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The action's inputs (action.yml; SPEC §1 fixes {@code command config args fail-on-marginal github-token}), read
 * from the {@code INPUT_*} variables GitHub sets for a container action. GitHub upper-cases an input's name and
 * keeps its hyphens ({@code INPUT_FAIL-ON-MARGINAL}), which a shell cannot read: one reason this lives in Java.
 *
 * @param command        run, prompts, bench, canary, cost or merge
 * @param config         the gate file, suite or canary configuration, relative to the workspace; null for none
 * @param args           extra flags, split as a shell would
 * @param thresholds     one threshold expression per line, each passed as {@code --threshold}
 * @param baseline       a baseline result file or target, passed as {@code --baseline}; null for none
 * @param outDir         where the reports go (the {@code report-dir} output)
 * @param failOnMarginal whether a marginal verdict fails the step
 * @param githubToken    token for the pull-request comment; null for no comment
 * @param commentKey     tells this step's comment apart from other aigate steps' comments on the same PR
 */
public record ActionInputs(
        String command,
        String config,
        List<String> args,
        List<String> thresholds,
        String baseline,
        Path outDir,
        boolean failOnMarginal,
        String githubToken,
        String commentKey) {

    /** The commands the action runs (SPEC §2): the gates, and merge for sharded runs; not simulate or gpu. */
    public static final List<String> COMMANDS = List.of("run", "prompts", "bench", "canary", "cost", "merge");
    public static final String DEFAULT_OUT_DIR = "aigate-out";

    public ActionInputs {
        args = List.copyOf(args);
        thresholds = List.copyOf(thresholds);
    }

    /** Reads the inputs; a bad value is a {@link ConfigException} naming the input. */
    public static ActionInputs from(Map<String, String> environment) {
        Inputs inputs = new Inputs(environment);
        String command = inputs.get("command").orElse("run");
        if (!COMMANDS.contains(command)) {
            throw new ConfigException("input 'command': must be one of " + String.join(", ", COMMANDS) + ", got '"
                    + command + "'");
        }
        List<String> args;
        try {
            args = ShellWords.split(inputs.get("args").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("input 'args': " + e.getMessage());
        }
        List<String> thresholds = inputs.get("thresholds").stream()
                .flatMap(String::lines)
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        String config = inputs.get("config").orElse(null);
        return new ActionInputs(
                command,
                config,
                args,
                thresholds,
                inputs.get("baseline").orElse(null),
                Path.of(inputs.get("output-dir").orElse(DEFAULT_OUT_DIR)),
                inputs.flag("fail-on-marginal", false),
                inputs.get("github-token").orElse(null),
                inputs.get("comment-key").orElse(command + (config == null ? "" : " " + config)));
    }

    /** The action's {@code INPUT_*} variables; blank counts as not given, as GitHub passes unset inputs empty. */
    private record Inputs(Map<String, String> environment) {

        Optional<String> get(String name) {
            String value = environment.get("INPUT_" + name.toUpperCase(Locale.ROOT).replace(' ', '_'));
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        /** A boolean as GitHub's YAML 1.2 core schema writes one: true/True/TRUE, false/False/FALSE. */
        boolean flag(String name, boolean fallback) {
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            switch (value.get().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    throw new ConfigException("input '" + name + "': must be true or false, got '" + value.get()
                            + "'");
            }
        }
    }
}

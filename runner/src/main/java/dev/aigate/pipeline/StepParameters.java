package dev.aigate.pipeline;

import dev.aigate.config.ConfigException;
import dev.aigate.secrets.Redactor;
import dev.aigate.text.NameSuggester;
import dev.aigate.text.ShellWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One step's parameters, checked: the command it runs, its config file, its flag options, thresholds, extra
 * arguments, where reports go, the child JVM's heap, the variable that carries an API key, and the build-result
 * rule. Built from the names a Jenkinsfile uses; every bad value is a {@link ConfigException} of one line that
 * names the step and the parameter.
 *
 * @param command        the aigate command
 * @param config         gate file, suite or canary YAML; null for none
 * @param options        flag options with their checked values
 * @param thresholds     threshold expressions (SPEC §3), each passed as {@code --threshold}
 * @param args           extra arguments, appended as given
 * @param outDir         the report directory, relative to the workspace unless absolute
 * @param maxHeap        the child JVM's {@code -Xmx}, e.g. {@code 2g}
 * @param apiKeyVariable the environment variable that carries the step's API key credential
 * @param rule           how the verdict sets the build result
 */
public record StepParameters(
        StepCommand command,
        String config,
        Map<StepOption, String> options,
        List<String> thresholds,
        List<String> args,
        String outDir,
        String maxHeap,
        String apiKeyVariable,
        BuildResultRule rule) {

    public static final String DEFAULT_MAX_HEAP = "1g";
    /** Parent of the default report directories, {@code aigate-out/<command>}: steps in one workspace never clash. */
    public static final String DEFAULT_OUT_PARENT = "aigate-out";

    /** The parameters every step takes, besides its command's {@link StepOption}s. */
    public static final List<String> COMMON = List.of("config", "thresholds", "args", "outDir", "maxHeap",
            "apiKeyVariable", "failAs", "marginalAs", "inconclusiveAs");

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public StepParameters {
        options = Collections.unmodifiableMap(new EnumMap<>(options));
        thresholds = List.copyOf(thresholds);
        args = List.copyOf(args);
    }

    /**
     * Reads a step's parameters by their Jenkinsfile names. Null and blank values count as not given; numbers
     * are taken as plain decimals; {@code thresholds} is a list or one expression per line.
     */
    public static StepParameters of(StepCommand command, Map<String, ?> named) {
        Named values = new Named(command, named);
        values.rejectUnknown();
        Map<StepOption, String> options = new EnumMap<>(StepOption.class);
        for (StepOption option : StepOption.of(command)) {
            values.text(option.parameter()).ifPresent(value -> options.put(option, values.check(option, value)));
        }
        String config = values.text("config").orElse(null);
        if (config != null && command.configArgument() == StepCommand.ConfigArgument.NONE) {
            throw values.error("config", "does not apply: " + command.word() + " takes its settings as parameters ("
                    + StepOption.names(StepOption.of(command)) + ")");
        }
        if (config == null && command.configArgument() == StepCommand.ConfigArgument.POSITIONAL) {
            throw values.error("config", "is required: the " + (command == StepCommand.RUN ? "gate file" : "suite")
                    + " to run, e.g. config: '" + (command == StepCommand.RUN ? "aigate.yaml" : "suite.yaml") + "'");
        }
        String maxHeap = values.text("maxHeap").orElse(DEFAULT_MAX_HEAP);
        if (!HEAP.matcher(maxHeap).matches()) {
            throw values.error("maxHeap", "must be a heap size such as 512m or 2g, got '" + maxHeap + "'");
        }
        String variable = values.text("apiKeyVariable").orElse(ApiKeyVariables.usual(options.get(StepOption.API)));
        if (!VARIABLE.matcher(variable).matches() || !Redactor.looksSecret(variable)) {
            // The runner masks the values of secret-looking variables only; a key in any other would leak.
            throw values.error("apiKeyVariable", "must be an environment variable whose name says it is secret "
                    + "(with KEY, TOKEN or SECRET in it, e.g. LLM_API_KEY), got '" + variable + "'");
        }
        return new StepParameters(
                command,
                config,
                options,
                values.thresholds(),
                values.args(),
                values.text("outDir").orElse(DEFAULT_OUT_PARENT + "/" + command.word()),
                maxHeap,
                variable,
                values.rule());
    }

    /** The step's parameters as they come from a Jenkinsfile, with messages that name them. */
    private record Named(StepCommand command, Map<String, ?> values) {

        void rejectUnknown() {
            Set<String> known = new TreeSet<>(COMMON);
            StepOption.of(command).forEach(option -> known.add(option.parameter()));
            for (String name : values.keySet()) {
                if (known.contains(name)) {
                    continue;
                }
                boolean elsewhere = StepOption.named(name).isPresent();
                throw error(name, elsewhere
                        ? "does not apply to " + command.word() + "; it takes " + String.join(", ", known)
                        : "is unknown" + NameSuggester.closest(name, known).map(s -> "; did you mean '" + s + "'?")
                                .orElse(""));
            }
        }

        Optional<String> text(String name) {
            Object value = values.get(name);
            if (value == null || value instanceof Collection) {
                return Optional.empty();
            }
            // A Jenkinsfile's 10000 may arrive as the Double 10000.0, or 1.0E7: flags take plain decimals.
            String text = value instanceof Number number
                    ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                    : value.toString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        String check(StepOption option, String value) {
            try {
                return option.check(value);
            } catch (IllegalArgumentException e) {
                throw error(option.parameter(), e.getMessage());
            }
        }

        List<String> thresholds() {
            Object value = values.get("thresholds");
            List<String> lines = new ArrayList<>();
            if (value instanceof Collection<?> list) {
                list.forEach(item -> lines.add(String.valueOf(item)));
            } else if (value != null) {
                lines.addAll(value.toString().lines().toList());
            }
            return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }

        List<String> args() {
            List<String> words;
            try {
                words = ShellWords.split(text("args").orElse(""));
            } catch (IllegalArgumentException e) {
                throw error("args", "cannot be split: " + e.getMessage());
            }
            for (String word : words) {
                if (word.equals("--out") || word.startsWith("--out=")) {
                    throw error("args", "must not set --out; use the outDir parameter, whose reports the step "
                            + "reads back");
                }
            }
            return words;
        }

        BuildResultRule rule() {
            Map<String, String> given = new LinkedHashMap<>();
            for (String name : List.of("failAs", "marginalAs", "inconclusiveAs")) {
                text(name).ifPresent(value -> given.put(name, value));
            }
            try {
                return BuildResultRule.of(given);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(command.stepName() + ": " + e.getMessage());
            }
        }

        ConfigException error(String name, String problem) {
            return new ConfigException(command.stepName() + ": parameter '" + name + "' " + problem);
        }
    }
}

package dev.aigate.pipeline;

import java.util.Locale;

/** The aigate commands a pipeline step runs (SPEC §2), one step each: {@code aigateRun}, {@code aigateBench}… */
public enum StepCommand {
    /** The whole gate file; the file is the positional argument. */
    RUN(ConfigArgument.POSITIONAL),
    /** A prompt suite; the suite is the positional argument. */
    PROMPTS(ConfigArgument.POSITIONAL),
    /** A benchmark, configured by flags only. */
    BENCH(ConfigArgument.NONE),
    /** A canary judgement; its YAML (rules, groups, score thresholds) is {@code --config}. */
    CANARY(ConfigArgument.FLAG),
    /** A cost estimate, configured by flags only. */
    COST(ConfigArgument.NONE);

    /** How the step's {@code config} parameter reaches the command line. */
    enum ConfigArgument {
        POSITIONAL,
        FLAG,
        NONE
    }

    private final ConfigArgument configArgument;

    StepCommand(ConfigArgument configArgument) {
        this.configArgument = configArgument;
    }

    /** The command's word on the aigate command line: {@code run}, {@code bench}… */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Pipeline step that runs it: {@code aigateRun}, {@code aigateBench}… */
    public String stepName() {
        return "aigate" + Character.toUpperCase(word().charAt(0)) + word().substring(1);
    }

    ConfigArgument configArgument() {
        return configArgument;
    }

    /** The command a step's or a result file's word names; an {@link IllegalArgumentException} otherwise. */
    public static StepCommand of(String word) {
        for (StepCommand command : values()) {
            if (command.word().equals(word)) {
                return command;
            }
        }
        throw new IllegalArgumentException("unknown aigate command '" + word + "'");
    }
}

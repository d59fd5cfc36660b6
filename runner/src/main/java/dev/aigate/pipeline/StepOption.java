package dev.aigate.pipeline;

import static dev.aigate.pipeline.StepCommand.BENCH;
import static dev.aigate.pipeline.StepCommand.CANARY;
import static dev.aigate.pipeline.StepCommand.COST;
import static dev.aigate.pipeline.StepCommand.PROMPTS;

import dev.aigate.config.Durations;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A step parameter that becomes one flag of the command line: its name in a Jenkinsfile, the flag, the values it
 * takes and the commands it applies to. docs/jenkins.md lists them; the CLI's own help says what each flag does.
 */
public enum StepOption {
    URL("url", "--url", Kind.TEXT, EnumSet.of(BENCH)),
    MODEL("model", "--model", Kind.TEXT, EnumSet.of(BENCH, PROMPTS, COST)),
    API("api", "--api", Kind.API, EnumSet.of(BENCH, CANARY)),
    PROFILE("profile", "--profile", Kind.TEXT, EnumSet.of(BENCH)),
    CONCURRENCY("concurrency", "--concurrency", Kind.WHOLE, EnumSet.of(BENCH, PROMPTS, CANARY)),
    RATE("rate", "--rate", Kind.NUMBER, EnumSet.of(BENCH)),
    REQUESTS("requests", "--requests", Kind.WHOLE, EnumSet.of(BENCH)),
    DURATION("duration", "--duration", Kind.DURATION, EnumSet.of(BENCH, CANARY)),
    INPUT_TOKENS("inputTokens", "--input-tokens", Kind.WHOLE, EnumSet.of(BENCH, CANARY, COST)),
    OUTPUT_TOKENS("outputTokens", "--output-tokens", Kind.WHOLE, EnumSet.of(BENCH, CANARY, COST)),
    SLO("slo", "--slo", Kind.TEXT, EnumSet.of(BENCH)),
    TARGET("target", "--target", Kind.TEXT, EnumSet.of(PROMPTS)),
    REPEAT("repeat", "--repeat", Kind.WHOLE, EnumSet.of(PROMPTS)),
    MAX_COST("maxCost", "--max-cost", Kind.MONEY, EnumSet.of(PROMPTS)),
    BASELINE("baseline", "--baseline", Kind.TEXT, EnumSet.of(PROMPTS, CANARY, COST)),
    CANDIDATE("candidate", "--candidate", Kind.TEXT, EnumSet.of(CANARY)),
    SAMPLES("samples", "--samples", Kind.TEXT, EnumSet.of(CANARY)),
    BASELINE_URL("baselineUrl", "--baseline-url", Kind.TEXT, EnumSet.of(CANARY)),
    CANDIDATE_URL("candidateUrl", "--candidate-url", Kind.TEXT, EnumSet.of(CANARY)),
    CONFIDENCE("confidence", "--confidence", Kind.FRACTION, EnumSet.of(CANARY)),
    RESULT("result", "--result", Kind.TEXT, EnumSet.of(COST)),
    TRAFFIC("traffic", "--traffic", Kind.TEXT, EnumSet.of(COST)),
    REQUESTS_PER_DAY("requestsPerDay", "--requests-per-day", Kind.NUMBER, EnumSet.of(COST)),
    GPU_HOURLY("gpuHourly", "--gpu-hourly", Kind.MONEY, EnumSet.of(COST));

    private final String parameter;
    private final String flag;
    private final Kind kind;
    private final Set<StepCommand> commands;

    StepOption(String parameter, String flag, Kind kind, Set<StepCommand> commands) {
        this.parameter = parameter;
        this.flag = flag;
        this.kind = kind;
        this.commands = commands;
    }

    /** The parameter's name in a Jenkinsfile, e.g. {@code inputTokens}. */
    public String parameter() {
        return parameter;
    }

    /** The flag it becomes, e.g. {@code --input-tokens}. */
    public String flag() {
        return flag;
    }

    public boolean appliesTo(StepCommand command) {
        return commands.contains(command);
    }

    /** The options a command takes, in declaration order. */
    public static List<StepOption> of(StepCommand command) {
        return EnumSet.allOf(StepOption.class).stream().filter(option -> option.appliesTo(command)).toList();
    }

    static Optional<StepOption> named(String parameter) {
        return EnumSet.allOf(StepOption.class).stream().filter(option -> option.parameter.equals(parameter))
                .findFirst();
    }

    /** The value as the flag takes it, stripped; a {@link IllegalArgumentException} saying what was expected. */
    String check(String value) {
        String text = value.strip();
        if (!kind.pattern.matcher(text).matches()) {
            throw new IllegalArgumentException("must be " + kind.expected + ", got '" + value + "'");
        }
        if (kind == Kind.DURATION && !isDuration(text)) {
            throw new IllegalArgumentException("must be " + kind.expected + ", got '" + value + "'");
        } else if (kind == Kind.FRACTION && !isOpenFraction(text)) {
            throw new IllegalArgumentException("must lie between 0 and 1, got '" + value + "'");
        }
        return kind == Kind.API ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static boolean isDuration(String text) {
        try {
            Durations.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isOpenFraction(String text) {
        BigDecimal number = new BigDecimal(text);
        return number.signum() > 0 && number.compareTo(BigDecimal.ONE) < 0;
    }

    /** The values an option takes, each with what a message says was expected. */
    private enum Kind {
        TEXT(".+", "a value"),
        WHOLE("[1-9][0-9]*", "a positive whole number"),
        NUMBER("[0-9]+(\\.[0-9]+)?", "a non-negative number"),
        FRACTION("0?\\.[0-9]+", "a number between 0 and 1, e.g. 0.95"),
        DURATION(".+", "a duration such as 500ms, 30s, 2m or 1h"),
        MONEY("\\$?[0-9]+(\\.[0-9]+)?", "an amount of dollars, e.g. 2.50 or $2.50"),
        API("(?i)openai|anthropic|azure", "one of openai, anthropic, azure");

        private final Pattern pattern;
        private final String expected;

        Kind(String pattern, String expected) {
            this.pattern = Pattern.compile(pattern);
            this.expected = expected;
        }
    }

    /** The parameter names of several options, for messages. */
    static String names(List<StepOption> options) {
        return options.stream().map(StepOption::parameter).collect(Collectors.joining(", "));
    }
}

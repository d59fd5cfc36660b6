package dev.aigate.pipeline;

import dev.aigate.gate.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verdict → build-result rule, configurable per step the way warnings-ng's quality gates are: a failed gate
 * sets FAILURE (the default) or UNSTABLE, never SUCCESS; a marginal verdict sets UNSTABLE by default (SPEC §2:
 * a warning); an inconclusive one (target unreachable, no data) sets FAILURE by default, since a release gate
 * that could not judge has not passed. A run that wrote no result at all (bad input, a crash) always fails.
 *
 * @param failAs         the result for a {@code fail} verdict
 * @param marginalAs     the result for a {@code marginal} verdict
 * @param inconclusiveAs the result for an {@code inconclusive} verdict
 */
public record BuildResultRule(BuildStatus failAs, BuildStatus marginalAs, BuildStatus inconclusiveAs) {

    public static final BuildResultRule DEFAULT =
            new BuildResultRule(BuildStatus.FAILURE, BuildStatus.UNSTABLE, BuildStatus.FAILURE);

    public BuildResultRule {
        if (failAs == BuildStatus.SUCCESS) {
            throw new IllegalArgumentException("a failed gate cannot leave the build SUCCESS");
        }
    }

    /**
     * The rule from the step parameters {@code failAs}, {@code marginalAs}, {@code inconclusiveAs} (any absent
     * keeps its default); a bad value is an {@link IllegalArgumentException} naming the parameter.
     */
    public static BuildResultRule of(Map<String, String> parameters) {
        return new BuildResultRule(
                status(parameters, "failAs", DEFAULT.failAs),
                status(parameters, "marginalAs", DEFAULT.marginalAs),
                status(parameters, "inconclusiveAs", DEFAULT.inconclusiveAs));
    }

    /** The results a rule parameter may choose, best first, for forms and messages. */
    public static List<BuildStatus> choices(String parameter) {
        return parameter.equals("failAs") ? List.of(BuildStatus.UNSTABLE, BuildStatus.FAILURE)
                : List.of(BuildStatus.values());
    }

    private static BuildStatus status(Map<String, String> parameters, String name, BuildStatus fallback) {
        List<BuildStatus> allowed = choices(name);
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        for (BuildStatus status : allowed) {
            if (status.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new IllegalArgumentException("parameter '" + name + "' must be one of " + allowed.stream()
                .map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }

    /** The build result for a run that wrote its result. */
    public BuildOutcome judge(StepResult result) {
        return new BuildOutcome(statusOf(result.verdict()), result.headline());
    }

    /**
     * The build result for a run that wrote no result.json: always FAILURE, with the runner's own last error line
     * (bad input prints one line and exits 2) or, when it printed none, its exit code.
     */
    public BuildOutcome withoutResult(StepCommand command, int exitCode, String lastErrorLine) {
        String why = lastErrorLine == null || lastErrorLine.isBlank()
                ? "exited with code " + exitCode + " and wrote no result.json"
                : lastErrorLine.strip();
        String prefix = "aigate " + command.word() + ": ";
        return new BuildOutcome(BuildStatus.FAILURE, why.startsWith(prefix) ? why : prefix + why);
    }

    /** The verdict's build result under this rule, for trends and summaries. */
    public BuildStatus statusOf(Verdict verdict) {
        return switch (verdict) {
            case PASS -> BuildStatus.SUCCESS;
            case MARGINAL -> marginalAs;
            case FAIL -> failAs;
            case INCONCLUSIVE -> inconclusiveAs;
        };
    }
}

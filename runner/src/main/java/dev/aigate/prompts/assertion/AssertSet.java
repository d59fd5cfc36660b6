package dev.aigate.prompts.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code assert-set}: a group of assertions judged together. Its score is the weighted mean of its members'
 * scores; it passes when that score reaches {@code threshold}, or, without one, when every member passes.
 *
 * @param threshold in [0, 1], or null for "all must pass"
 */
public record AssertSet(List<AssertionSpec> members, Double threshold) implements Assertion {

    public AssertSet {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("assert-set needs at least one assertion under 'assert'");
        }
    }

    @Override
    public String type() {
        return "assert-set";
    }

    @Override
    public Check check(Output output, GradingContext context) {
        Score score = Score.of(members, output, context);
        boolean pass = threshold == null ? score.allPassed() : score.value() >= threshold;
        String rule = threshold == null ? "all must pass" : String.format(Locale.ROOT, "threshold %.2f", threshold);
        return new Check(pass, score.value(), String.format(Locale.ROOT, "score %.2f (%s)%s", score.value(), rule,
                score.failures().isEmpty() ? "" : ": " + String.join("; ", score.failures())));
    }

    /** The weighted score of several assertions on one output. */
    public record Score(double value, boolean allPassed, List<Check> checks, List<String> failures) {

        public static Score of(List<AssertionSpec> specs, Output output, GradingContext context) {
            double weighted = 0;
            double weights = 0;
            boolean allPassed = true;
            List<Check> checks = new ArrayList<>(specs.size());
            List<String> failures = new ArrayList<>();
            for (AssertionSpec spec : specs) {
                Check check = spec.assertion().check(output, context);
                checks.add(check);
                weighted += spec.weight() * check.score();
                weights += spec.weight();
                if (!check.pass() && spec.weight() > 0) {
                    allPassed = false;
                    failures.add(spec.assertion().type() + ": " + check.reason());
                }
            }
            return new Score(weights == 0 ? 1 : weighted / weights, allPassed, checks, failures);
        }
    }
}

package dev.aigate.prompts.suite;

import dev.aigate.prompts.assertion.AssertionSpec;
import java.util.List;
import java.util.Map;

/**
 * One case of a suite: a prompt, the variables that fill it, and what its output must satisfy.
 *
 * @param id          stable across runs: results are paired by it (baseline vs candidate, shards, cache)
 * @param description shown in reports, or null
 * @param promptId    the prompt it fills
 * @param vars        the variables, as text
 * @param assertions  every assertion, the suite's {@code defaultTest} ones included
 * @param threshold   the weighted score the case needs to pass, or null for "every assertion with weight > 0"
 */
public record TestCase(String id, String description, String promptId, Map<String, String> vars,
                       List<AssertionSpec> assertions, Double threshold) {

    public TestCase {
        vars = Map.copyOf(vars);
        assertions = List.copyOf(assertions);
    }
}

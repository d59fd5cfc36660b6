package dev.aigate.prompts.exec;

import dev.aigate.prompts.assertion.Output;
import java.util.List;

/**
 * One repeat of one case on one side: the answer and its grade, or why there was none.
 *
 * @param repeat   0-based repeat index
 * @param pass     whether the case's assertions held (false when {@code error} is set)
 * @param score    the weighted score in [0, 1]
 * @param failures one line per failed assertion
 * @param metrics  named metrics this attempt fed, with pass (1) or fail (0)
 * @param output   the answer, or null when the call failed
 * @param error    why the call failed (an infrastructure fault, not a regression), or null
 * @param cached   whether the answer came from the disk cache
 */
public record Attempt(String caseId, int repeat, boolean pass, double score, List<String> failures,
                      java.util.Map<String, Boolean> metrics, Output output, String error, boolean cached) {

    public Attempt {
        failures = List.copyOf(failures);
        metrics = java.util.Map.copyOf(metrics);
    }

    public boolean errored() {
        return error != null;
    }
}

package dev.aigate.prompts.assertion;

import java.util.Optional;

/**
 * The model that grades {@code llm-rubric} and {@code factuality}: asked at temperature 0, its spend accounted
 * apart from the suite's (see the implementation in {@code prompts.exec}).
 */
public interface Grader {

    /** No grader configured: model-graded assertions fail saying so. */
    Grader NONE = new Grader() {
        @Override
        public Optional<String> ask(String prompt) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "none configured (add 'grader:' to the suite)";
        }
    };

    /** The grader's answer, or empty when it could not be asked (none configured, or the call failed). */
    Optional<String> ask(String prompt);

    /** Which model grades, for reports. */
    String describe();
}

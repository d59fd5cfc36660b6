package dev.aigate.prompts.assertion;

import java.util.Map;

/**
 * What an assertion may need besides the output: the case's variables (a reference answer, the question), and
 * the services that cost something (a grader model, an embedding model).
 *
 * @param vars     the case's variables, rendered into its prompt
 * @param prompt   the rendered prompt as sent (the last user message)
 * @param grader   the model that grades {@code llm-rubric} and {@code factuality}; {@link Grader#NONE} when none
 * @param embedder the embedding model of {@code similar}
 */
public record GradingContext(Map<String, String> vars, String prompt, Grader grader, Embedder embedder) {

    public GradingContext {
        vars = Map.copyOf(vars);
    }

    /** No variables, no grader, the local embedding model: for tests. */
    public static GradingContext empty() {
        return new GradingContext(Map.of(), "", Grader.NONE, Embedders.local());
    }
}

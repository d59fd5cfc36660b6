package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The model-graded assertions. {@code llm-rubric}: a grader model judges the output against a rubric written in
 * plain language and answers {@code {"pass": bool, "score": 0..1, "reason": "..."}}. {@code factuality}: the
 * grader compares the output with a reference answer and picks one of OpenAI's evals categories (A subset,
 * B superset, C same, D disagrees, E differs only in unimportant ways); D fails. The rubric is shown in every
 * report line so a reader sees what was asked.
 */
public final class ModelGraded implements Assertion {

    /** Which kind of grading. */
    public enum Kind {
        LLM_RUBRIC("llm-rubric"),
        FACTUALITY("factuality");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    private final Kind kind;
    private final String value;

    /**
     * @param value the rubric ({@code llm-rubric}) or the reference answer ({@code factuality}); may use
     *              {@code {{var}}} placeholders, already rendered by the suite
     */
    public ModelGraded(Kind kind, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind.type() + " needs a " + (kind == Kind.LLM_RUBRIC ? "rubric"
                    : "reference answer") + " under 'value'");
        }
        this.kind = kind;
        this.value = value;
    }

    @Override
    public String type() {
        return kind.type();
    }

    @Override
    public Check check(Output output, GradingContext context) {
        Optional<String> reply = context.grader().ask(prompt(output, context));
        String shown = (kind == Kind.LLM_RUBRIC ? "rubric: " : "reference: ") + TextMatch.quote(value);
        if (reply.isEmpty()) {
            return Check.failed("grader unavailable: " + context.grader().describe() + "; " + shown);
        }
        return kind == Kind.LLM_RUBRIC ? rubricVerdict(reply.get(), shown) : factualityVerdict(reply.get(), shown);
    }

    String prompt(Output output, GradingContext context) {
        if (kind == Kind.LLM_RUBRIC) {
            return "You grade an AI assistant's output against a rubric. Reply with only a JSON object "
                    + "{\"pass\": true|false, \"score\": number between 0 and 1, \"reason\": \"one sentence\"}.\n\n"
                    + "<rubric>\n" + value + "\n</rubric>\n\n<output>\n" + output.text() + "\n</output>";
        }
        return "You compare a submitted answer with an expert answer to a question. Reply with only a JSON object "
                + "{\"choice\": \"A\"|\"B\"|\"C\"|\"D\"|\"E\", \"reason\": \"one sentence\"} where: A the submission "
                + "is a subset of the expert answer and consistent with it; B a superset, consistent; C the same "
                + "details; D there is a disagreement; E they differ only in ways that do not matter for factuality."
                + "\n\n<question>\n" + context.prompt() + "\n</question>\n\n<expert>\n" + value
                + "\n</expert>\n\n<submission>\n" + output.text() + "\n</submission>";
    }

    private static Check rubricVerdict(String reply, String shown) {
        Optional<JsonNode> json = JsonText.embedded(reply);
        if (json.isEmpty() || !json.get().path("pass").isBoolean()) {
            return Check.failed("grader reply is not {\"pass\": ...}: " + TextMatch.abbreviate(reply) + "; " + shown);
        }
        boolean pass = json.get().get("pass").asBoolean();
        double score = json.get().path("score").isNumber()
                ? Math.max(0, Math.min(1, json.get().get("score").asDouble())) : (pass ? 1 : 0);
        return new Check(pass, score, json.get().path("reason").asText("no reason given") + "; " + shown);
    }

    private static Check factualityVerdict(String reply, String shown) {
        Optional<JsonNode> json = JsonText.embedded(reply);
        String choice = json.map(j -> j.path("choice").asText("")).orElse("").strip()
                .toUpperCase(java.util.Locale.ROOT);
        if (!choice.matches("[A-E]")) {
            return Check.failed("grader reply has no choice A-E: " + TextMatch.abbreviate(reply) + "; " + shown);
        }
        String reason = json.get().path("reason").asText("");
        return Check.of(!choice.equals("D"), "category " + choice + (reason.isEmpty() ? "" : " (" + reason + ")")
                + "; " + shown);
    }
}

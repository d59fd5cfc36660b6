package dev.aigate.prompts.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.provider.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every assertion type, each with an output it passes and one it fails. */
class AssertionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Points "orthogonal" at a right angle to everything else, so cosine similarity is 1 or 0. */
    private static final Embedder FAKE_EMBEDDER = new Embedder() {
        @Override
        public float[] embed(String text) {
            return text.equals("orthogonal") ? new float[] {0, 1} : new float[] {1, 0};
        }

        @Override
        public String describe() {
            return "fake";
        }
    };
    private static final GradingContext CONTEXT = new GradingContext(Map.of("question", "Capital of France?"),
            "Capital of France?", Grader.NONE, FAKE_EMBEDDER);

    static Stream<Arguments> passingAndFailing() {
        JsonSchemaCheck invoice = schema("{\"type\":\"object\",\"required\":[\"total\"],"
                + "\"properties\":{\"total\":{\"type\":\"number\"}}}");
        Map<String, JsonSchemaCheck> tools = Map.of("get_weather", schema(
                "{\"type\":\"object\",\"required\":[\"city\"],"
                + "\"properties\":{\"city\":{\"type\":\"string\"}},\"additionalProperties\":false}"));
        return Stream.of(
                cases(new TextMatch(TextMatch.Mode.EQUALS, false, List.of("Paris")), text(" Paris\n"), text("paris")),
                cases(new TextMatch(TextMatch.Mode.EQUALS, true, List.of("Paris")), text("PARIS"), text("Lyon")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("Paris")), text("It is Paris."),
                        text("It is paris.")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS, true, List.of("Paris")), text("it is PARIS"),
                        text("Lyon")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS_ANY, false, List.of("refund", "return")),
                        text("a return label"), text("no idea")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS_ANY, true, List.of("Refund")), text("REFUND"), text("no")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS_ALL, false, List.of("two", "years")),
                        text("two years"), text("two months")),
                cases(new TextMatch(TextMatch.Mode.CONTAINS_ALL, true, List.of("Two", "YEARS")), text("two years"),
                        text("years")),
                cases(new TextMatch(TextMatch.Mode.STARTS_WITH, false, List.of("Yes")), text("  Yes, it is"),
                        text("No, yes")),
                cases(new TextMatch(TextMatch.Mode.STARTS_WITH, true, List.of("yes")), text("YES!"), text("no")),
                cases(new TextMatch(TextMatch.Mode.REGEX, false, List.of("A\\d{6}")), text("order A104233"),
                        text("order 104233")),
                cases(new JsonAssertion("is-json", false, null), text("```json\n{\"a\": 1}\n```"),
                        text("Here: {\"a\": 1}")),
                cases(new JsonAssertion("is-json", false, invoice), text("{\"total\": 3}"), text("{\"total\": \"3\"}")),
                cases(new JsonAssertion("contains-json", true, null), text("Here: {\"a\": [1, 2]} done"),
                        text("Here: {a: 1")),
                cases(new JsonAssertion("json-schema", false, invoice), text("{\"total\": 0}"), text("{}")),
                cases(new JsonPathEquals("$.total", json("1250")), text("{\"total\": 1250.00}"),
                        text("{\"total\": 1249}")),
                cases(new JsonPathEquals("$.items[*].sku", json("[\"a\",\"b\"]")),
                        text("{\"items\": [{\"sku\": \"a\"}, {\"sku\": \"b\"}]}"), text("{\"items\": []}")),
                cases(new SimilarityAssertion(SimilarityAssertion.Metric.LEVENSHTEIN, List.of("kitten"), 3.0, 1),
                        text("sitting"), text("dog")),
                cases(new SimilarityAssertion(SimilarityAssertion.Metric.ROUGE_N, List.of("the cat sat on the mat"),
                        0.8, 1), text("the cat sat on a mat"), text("a dog ran")),
                cases(new SimilarityAssertion(SimilarityAssertion.Metric.BLEU,
                        List.of("the quick brown fox jumps over the lazy dog"), 0.5, 1),
                        text("the quick brown fox jumps over the lazy dog"), text("a slow red fox sleeps")),
                cases(new MeasureAssertion(MeasureAssertion.Measure.LATENCY, 500), measured(200, 10, 0.001),
                        measured(900, 10, 0.001)),
                cases(new MeasureAssertion(MeasureAssertion.Measure.COST, 0.01), measured(1, 10, 0.001),
                        measured(1, 10, 0.02)),
                cases(new MeasureAssertion(MeasureAssertion.Measure.TOKEN_COUNT, 50), measured(1, 50, 0),
                        measured(1, 51, 0)),
                cases(new FinishReason("stop"), text("done"), new Output("cut", List.of(), "length", 0, 0, 0, 0)),
                cases(new Refusal(), text("I'm sorry, but I can't help with that."), text("Sure, here is how.")),
                cases(new Not(new Refusal()), text("Sure, here is how."), text("I cannot assist with that.")),
                cases(new ToolCallValidity(tools, "get_weather"), calls(new ToolCall("1", "get_weather",
                        "{\"city\": \"Paris\"}")), calls(new ToolCall("1", "get_weather", "{\"town\": \"Paris\"}"))),
                cases(new ToolCallValidity(tools, null), calls(new ToolCall("1", "get_weather", "{\"city\": \"X\"}")),
                        calls(new ToolCall("1", "delete_all", "{}"))),
                cases(new ToolCallValidity(tools, null), calls(new ToolCall("1", "get_weather", "{\"city\": \"X\"}")),
                        calls(new ToolCall("1", "get_weather", "{\"city\": "))),
                cases(new AssertSet(List.of(AssertionSpec.of(new TextMatch(TextMatch.Mode.CONTAINS, false,
                        List.of("a"))), AssertionSpec.of(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("b")))),
                        0.5), text("a only"), text("neither")),
                cases(new AssertSet(List.of(AssertionSpec.of(new TextMatch(TextMatch.Mode.CONTAINS, false,
                        List.of("a"))), AssertionSpec.of(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("b")))),
                        null), text("a and b"), text("a only")),
                cases(new Similar(List.of("same direction"), 0.9), text("aligned"), text("orthogonal")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingAndFailing")
    void passesTheGoodOutputAndFailsTheBadOne(String type, Assertion assertion, Output good, Output bad) {
        Check passed = assertion.check(good, CONTEXT);
        Check failed = assertion.check(bad, CONTEXT);

        assertThat(passed.pass()).as("passes: %s", passed.reason()).isTrue();
        assertThat(failed.pass()).as("fails: %s", failed.reason()).isFalse();
        assertThat(failed.reason()).isNotBlank();
        assertThat(passed.score()).isGreaterThan(failed.score());
    }

    @Test
    void notNegatesAndSaysWhatMatched() {
        Check check = new Not(new TextMatch(TextMatch.Mode.CONTAINS, true, List.of("100%"))).check(text("100% dry"),
                CONTEXT);

        assertThat(check.pass()).isFalse();
        assertThat(check.reason()).contains("must not").contains("100%");
    }

    @Test
    void weightZeroAssertionsReportButNeverFail() {
        AssertSet.Score score = AssertSet.Score.of(List.of(
                AssertionSpec.of(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("a"))),
                new AssertionSpec(new MeasureAssertion(MeasureAssertion.Measure.LATENCY, 1), 0, null)),
                measuredText("a", 5000), CONTEXT);

        assertThat(score.allPassed()).isTrue();
        assertThat(score.checks().get(1).pass()).isFalse();
        assertThat(score.value()).isEqualTo(1.0);
    }

    @Test
    void weightsWeighTheScore() {
        AssertSet.Score score = AssertSet.Score.of(List.of(
                new AssertionSpec(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("a")), 3, "m"),
                new AssertionSpec(new TextMatch(TextMatch.Mode.CONTAINS, false, List.of("b")), 1, null)),
                text("a"), CONTEXT);

        assertThat(score.value()).isEqualTo(0.75);
        assertThat(score.allPassed()).isFalse();
    }

    @Test
    void llmRubricAsksTheGraderWithTheRubricAndReadsItsVerdict() {
        StringBuilder asked = new StringBuilder();
        Grader grader = grader(asked, "{\"pass\": false, \"score\": 0.2, \"reason\": \"rude\"}");
        Check check = new ModelGraded(ModelGraded.Kind.LLM_RUBRIC, "is polite").check(text("go away"),
                new GradingContext(Map.of(), "q", grader, CONTEXT.embedder()));

        assertThat(asked).contains("<rubric>\nis polite\n</rubric>").contains("go away");
        assertThat(check.pass()).isFalse();
        assertThat(check.score()).isEqualTo(0.2);
        assertThat(check.reason()).contains("rude").contains("rubric: \"is polite\"");
        Check passed = new ModelGraded(ModelGraded.Kind.LLM_RUBRIC, "is polite").check(text("hello"),
                new GradingContext(Map.of(), "q", grader(new StringBuilder(), "{\"pass\": true}"), CONTEXT.embedder()));
        assertThat(passed.pass()).isTrue();
    }

    @Test
    void factualityFailsOnlyOnADisagreement() {
        ModelGraded factuality = new ModelGraded(ModelGraded.Kind.FACTUALITY, "Paris");
        for (String choice : List.of("A", "B", "C", "E")) {
            assertThat(factuality.check(text("Paris"), context(grader(new StringBuilder(),
                    "{\"choice\": \"" + choice + "\"}"))).pass()).as(choice).isTrue();
        }
        Check disagreement = factuality.check(text("Lyon"), context(grader(new StringBuilder(),
                "{\"choice\": \"D\", \"reason\": \"Lyon is not the capital\"}")));
        assertThat(disagreement.pass()).isFalse();
        assertThat(disagreement.reason()).contains("category D").contains("reference: \"Paris\"");
    }

    @Test
    void modelGradedWithoutAGraderFailsSayingSo() {
        Check check = new ModelGraded(ModelGraded.Kind.LLM_RUBRIC, "is polite").check(text("hi"), CONTEXT);

        assertThat(check.pass()).isFalse();
        assertThat(check.reason()).contains("grader unavailable");
    }

    @Test
    void badDefinitionsAreRejected() {
        assertThatThrownBy(() -> new TextMatch(TextMatch.Mode.REGEX, false, List.of("(unclosed")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonPathEquals("$..[", json("1"))).hasMessageContaining("invalid JSONPath");
        assertThatThrownBy(() -> new JsonSchemaCheck(json("[1]"))).hasMessageContaining("JSON Schema");
        assertThatThrownBy(() -> new MeasureAssertion(MeasureAssertion.Measure.LATENCY, -1))
                .hasMessageContaining("threshold");
    }

    private static Arguments cases(Assertion assertion, Output good, Output bad) {
        return Arguments.of(assertion.type(), assertion, good, bad);
    }

    private static Output text(String text) {
        return Output.text(text);
    }

    private static Output measured(double latencyMs, int outputTokens, double cost) {
        return new Output("x", List.of(), "stop", latencyMs, 10, outputTokens, cost);
    }

    private static Output measuredText(String text, double latencyMs) {
        return new Output(text, List.of(), "stop", latencyMs, 10, 10, 0);
    }

    private static Output calls(ToolCall... calls) {
        return new Output("", List.of(calls), "tool_calls", 0, 0, 0, 0);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonSchemaCheck schema(String text) {
        return new JsonSchemaCheck(json(text));
    }

    private static GradingContext context(Grader grader) {
        return new GradingContext(Map.of(), "Capital of France?", grader, CONTEXT.embedder());
    }

    private static Grader grader(StringBuilder asked, String reply) {
        return new Grader() {
            @Override
            public Optional<String> ask(String prompt) {
                asked.append(prompt);
                return Optional.of(reply);
            }

            @Override
            public String describe() {
                return "test grader";
            }
        };
    }
}

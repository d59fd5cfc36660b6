package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.simulator.TestClient.SseStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scripted answers for prompt suites, end to end. */
class ScriptedRepliesTest {

    private static final String SCRIPT = """
            rules:
              - match: {model: "candidate-*", case_id: capital}
                respond: {text: "Lyon."}
              - match: {case_id: capital}
                respond: {text: "Paris."}
              - match: {prompt_regex: "(?i)weather in (\\\\w+)"}
                respond:
                  tool_calls:
                    - {id: call_w, name: get_weather, arguments: {city: Paris, unit: celsius}}
              - match: {prompt_regex: "coin"}
                respond:
                  variants: [{weight: 1, text: heads}, {weight: 1, text: tails}]
              - match: {prompt_regex: "essay"}
                respond: {text: "This answer is far too long for the small max_tokens it gets.", finish_reason: stop}
            """;

    private static LlmSimulator simulator;
    private static TestClient client;

    @BeforeAll
    static void start() {
        simulator = LlmSimulator.start(SimulatorConfig.builder().profile("fast").seed(5)
                .scripts(ScriptSet.parse(SCRIPT)).build());
        client = new TestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static JsonNode chat(String model, String prompt, String... headers) throws Exception {
        return TestClient.json(client.post("/v1/chat/completions", "{\"model\": \"" + model
                + "\", \"messages\": [{\"role\": \"user\", \"content\": \"" + prompt + "\"}]}", headers).body());
    }

    private static String text(JsonNode body) {
        return body.at("/choices/0/message/content").asText();
    }

    @Test
    void matchesCaseIdFromTheHeaderAndModelGlobsSoBaselineAndCandidateDiffer() throws Exception {
        assertThat(text(chat("baseline-v1", "What is the capital of France?", "X-Aigate-Case", "capital")))
                .isEqualTo("Paris.");
        assertThat(text(chat("candidate-v2", "What is the capital of France?", "X-Aigate-Case", "capital")))
                .isEqualTo("Lyon.");
    }

    @Test
    void matchesCaseIdFromBodyMetadata() throws Exception {
        JsonNode body = TestClient.json(client.post("/v1/chat/completions", """
                {"model": "m", "metadata": {"case_id": "capital"},
                 "messages": [{"role": "user", "content": "Capital?"}]}""").body());
        assertThat(text(body)).isEqualTo("Paris.");
    }

    @Test
    void regexOverTheLastUserMessageAnswersWithOpenAiToolCalls() throws Exception {
        JsonNode body = chat("m", "What is the weather in Paris?");

        JsonNode message = body.at("/choices/0/message");
        assertThat(message.path("content").isNull()).isTrue();
        JsonNode call = message.at("/tool_calls/0");
        assertThat(call.path("id").asText()).isEqualTo("call_w");
        assertThat(call.path("type").asText()).isEqualTo("function");
        assertThat(call.at("/function/name").asText()).isEqualTo("get_weather");
        assertThat(TestClient.json(call.at("/function/arguments").asText()).path("unit").asText())
                .isEqualTo("celsius");
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    }

    @Test
    void streamsToolCallsAsIndexedDeltasWhoseArgumentsConcatenate() throws Exception {
        SseStream stream = client.stream("/v1/chat/completions", """
                {"model": "m", "stream": true, "messages": [{"role": "user", "content": "weather in Oslo"}]}""");

        StringBuilder arguments = new StringBuilder();
        List<JsonNode> deltas = stream.contentChunks().stream()
                .map(e -> e.json().at("/choices/0/delta/tool_calls/0")).toList();
        assertThat(deltas.get(0).path("id").asText()).isEqualTo("call_w");
        assertThat(deltas.get(0).at("/function/name").asText()).isEqualTo("get_weather");
        deltas.forEach(d -> {
            assertThat(d.path("index").asInt()).isZero();
            arguments.append(d.at("/function/arguments").asText());
        });
        assertThat(TestClient.json(arguments.toString()).path("city").asText()).isEqualTo("Paris");
        JsonNode finish = stream.events().get(stream.events().size() - 2).json();
        assertThat(finish.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    }

    @Test
    void variantsAreDeterministicPerSeedAndRepeatAndBothOccur() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int repeat = 0; repeat < 20; repeat++) {
            answers.add(text(chat("m", "flip a coin", "X-Aigate-Repeat", String.valueOf(repeat))));
        }
        List<String> again = new ArrayList<>();
        for (int repeat = 0; repeat < 20; repeat++) {
            again.add(text(chat("m", "flip a coin", "X-Aigate-Repeat", String.valueOf(repeat))));
        }

        assertThat(answers).isEqualTo(again).contains("heads", "tails");
        assertThat(answers).allMatch(a -> a.equals("heads") || a.equals("tails"));
    }

    @Test
    void repeatFromBodyMetadataDrawsTheSameVariantAsTheHeader() throws Exception {
        for (int repeat = 0; repeat < 10; repeat++) {
            String byHeader = text(chat("m", "flip a coin", "X-Aigate-Repeat", String.valueOf(repeat)));
            String byBody = text(TestClient.json(client.post("/v1/chat/completions", "{\"model\": \"m\", "
                    + "\"metadata\": {\"repeat\": " + repeat + "}, "
                    + "\"messages\": [{\"role\": \"user\", \"content\": \"flip a coin\"}]}").body()));
            assertThat(byBody).isEqualTo(byHeader);
        }
    }

    @Test
    void aRepeatInMetadataThatIsNotAnIntegerIsABadRequest() throws Exception {
        int status = client.post("/v1/chat/completions", "{\"model\": \"m\", \"metadata\": {\"repeat\": \"x\"}, "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"flip a coin\"}]}").statusCode();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void scriptedTextLongerThanMaxTokensIsCutWithFinishReasonLength() throws Exception {
        JsonNode body = TestClient.json(client.post("/v1/chat/completions", """
                {"model": "m", "max_tokens": 3, "messages": [{"role": "user", "content": "write an essay"}]}""")
                .body());

        assertThat(text(body)).isEqualTo("This answer");  // three ~4-character tokens: "This", " ans", "wer"
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(body.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    }

    @Test
    void unmatchedRequestsGetFillerText() throws Exception {
        JsonNode body = chat("m", "something no rule knows");

        assertThat(text(body)).isNotBlank();
        assertThat(body.at("/usage/completion_tokens").asInt()).isPositive();
    }
}

package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.simulator.TestClient.SseEvent;
import dev.aigate.simulator.TestClient.SseStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible surface (chat, completions, Azure, models, health, errors) on the wire. */
class OpenAiEndpointsTest {

    private static LlmSimulator simulator;
    private static TestClient client;

    @BeforeAll
    static void start() {
        simulator = LlmSimulator.start(SimulatorConfig.builder().profile("fast").seed(1).build());
        client = new TestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static final String CHAT = """
            {"model": "llama", "messages": [{"role": "user", "content": "Say hello"}], "max_tokens": 5,
             "ignore_eos": true, "stream": %s, "stream_options": {"include_usage": %s}}""";

    @Test
    void streamsChatLikeVllmRoleChunkTokensFinishChunkUsageChunkThenDone() throws Exception {
        SseStream stream = client.stream("/v1/chat/completions", CHAT.formatted(true, true));

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        List<SseEvent> events = stream.events();
        assertThat(events).hasSize(1 + 5 + 1 + 1 + 1);

        JsonNode role = events.get(0).json();
        assertThat(role.path("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(role.path("id").asText()).startsWith("chatcmpl-");
        assertThat(role.path("model").asText()).isEqualTo("llama");
        assertThat(role.at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        assertThat(role.at("/choices/0/delta/content").asText()).isEmpty();
        assertThat(role.at("/choices/0/finish_reason").isNull()).isTrue();

        for (SseEvent token : events.subList(1, 6)) {
            assertThat(token.json().at("/choices/0/delta/content").asText()).isNotEmpty();
            assertThat(token.json().path("usage").isNull()).isTrue();
        }
        JsonNode finish = events.get(6).json();
        assertThat(finish.at("/choices/0/delta").isEmpty()).isTrue();
        assertThat(finish.at("/choices/0/finish_reason").asText()).isEqualTo("length");

        JsonNode usage = events.get(7).json();
        assertThat(usage.path("choices").isArray()).isTrue();
        assertThat(usage.path("choices").isEmpty()).isTrue();
        assertThat(usage.at("/usage/completion_tokens").asInt()).isEqualTo(5);
        assertThat(usage.at("/usage/prompt_tokens").asInt()).isEqualTo(3); // "Say hello": 9 chars / 4, rounded up
        assertThat(usage.at("/usage/total_tokens").asInt()).isEqualTo(8);
        assertThat(events.get(8).isDone()).isTrue();
        assertThat(stream.truncated()).isFalse();
    }

    @Test
    void streamWithoutIncludeUsageHasNoUsageChunk() throws Exception {
        SseStream stream = client.stream("/v1/chat/completions", CHAT.formatted(true, false));

        assertThat(stream.events()).hasSize(1 + 5 + 1 + 1);
        assertThat(stream.events()).noneMatch(e -> !e.isDone() && e.json().has("usage"));
    }

    @Test
    void answersChatWithOneBodyWhenNotStreaming() throws Exception {
        HttpResponse<String> response = client.post("/v1/chat/completions", CHAT.formatted(false, false));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode body = TestClient.json(response.body());
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/choices/0/message/content").asText()).isNotBlank();
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(body.at("/usage/completion_tokens").asInt()).isEqualTo(5);
    }

    @Test
    void streamsCompletionsAsChoiceText() throws Exception {
        SseStream stream = client.stream("/v1/completions", """
                {"model": "llama", "prompt": "Once upon a time", "max_tokens": 4, "ignore_eos": true,
                 "stream": true, "stream_options": {"include_usage": true}}""");

        List<SseEvent> events = stream.events();
        assertThat(events).hasSize(4 + 1 + 1 + 1);
        assertThat(events.get(0).json().path("object").asText()).isEqualTo("text_completion");
        assertThat(stream.contentChunks()).hasSize(4);
        assertThat(events.get(4).json().at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(events.get(5).json().at("/usage/prompt_tokens").asInt()).isEqualTo(4);
        assertThat(events.get(6).isDone()).isTrue();
    }

    @Test
    void answersCompletionsWithOneBody() throws Exception {
        JsonNode body = TestClient.json(client.post("/v1/completions",
                "{\"model\": \"m\", \"prompt\": [\"a\", \"b\"], \"max_tokens\": 3, \"ignore_eos\": true}").body());

        assertThat(body.path("object").asText()).isEqualTo("text_completion");
        assertThat(body.at("/choices/0/text").asText()).isNotBlank();
        assertThat(body.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    }

    @Test
    void servesAzureDeploymentPathLikeChatWithTheDeploymentAsModel() throws Exception {
        SseStream stream = client.stream("/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"max_tokens\": 2, \"ignore_eos\": true,"
                        + " \"stream\": true}");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentChunks()).hasSize(2);
        assertThat(stream.events().get(0).json().path("model").asText()).isEqualTo("gpt-4o-prod");
        assertThat(simulator.stats().requests(Endpoint.AZURE_CHAT_COMPLETIONS)).isPositive();
    }

    @Test
    void listsTheProfileModelAndReportsHealth() throws Exception {
        JsonNode models = TestClient.json(client.get("/v1/models").body());
        assertThat(models.path("object").asText()).isEqualTo("list");
        assertThat(models.at("/data/0/id").asText()).isEqualTo("simulated-fast");
        assertThat(models.at("/data/0/object").asText()).isEqualTo("model");

        assertThat(client.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathIs404InOpenAiErrorFormat() throws Exception {
        HttpResponse<String> response = client.post("/v1/embeddingz", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestClient.json(response.body()).at("/error/message").asText()).contains("/v1/embeddingz");
    }

    @Test
    void malformedBodiesAre400WithAReason() throws Exception {
        HttpResponse<String> notJson = client.post("/v1/chat/completions", "{\"messages\": [");
        HttpResponse<String> noMessages = client.post("/v1/chat/completions", "{\"model\": \"m\"}");
        HttpResponse<String> badMaxTokens = client.post("/v1/chat/completions",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"max_tokens\": -3}");

        assertThat(List.of(notJson, noMessages, badMaxTokens)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = TestClient.json(response.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
            assertThat(error.path("message").asText()).isNotBlank();
        });
        assertThat(TestClient.json(noMessages.body()).at("/error/message").asText()).contains("messages");
    }

    @Test
    void wrongMethodOnAKnownPathIs405() throws Exception {
        assertThat(client.get("/v1/chat/completions").statusCode()).isEqualTo(405);
    }

    @Test
    void keepsTheConnectionAliveAcrossRequests() throws Exception {
        // The JDK client reuses its pooled connection; many sequential requests all succeed.
        for (int i = 0; i < 20; i++) {
            assertThat(client.post("/v1/completions", "{\"prompt\": \"x\", \"max_tokens\": 1}").statusCode())
                    .isEqualTo(200);
        }
    }
}

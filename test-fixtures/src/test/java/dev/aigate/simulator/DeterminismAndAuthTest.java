package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same answers and faults; a required API key is enforced and never echoed. */
class DeterminismAndAuthTest {

    private static final String CHAT = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";

    private static List<String> run(long seed) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().profile("fast").seed(seed)
                .faults(FaultPlan.parse("http_500=0.3")).build();
        List<String> outcomes = new ArrayList<>();
        try (LlmSimulator simulator = LlmSimulator.start(config)) {
            TestClient client = new TestClient(simulator);
            for (int i = 0; i < 12; i++) {
                HttpResponse<String> response = client.post("/v1/chat/completions", CHAT);
                outcomes.add(response.statusCode() == 200
                        ? TestClient.json(response.body()).at("/choices/0/message/content").asText()
                        : "HTTP " + response.statusCode());
            }
        }
        return outcomes;
    }

    @Test
    void theSameSeedGivesTheSameTextsLengthsAndFaults() throws Exception {
        List<String> first = run(11);
        List<String> second = run(11);
        List<String> otherSeed = run(12);

        assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
        assertThat(first).contains("HTTP 500");
        assertThat(first).anyMatch(outcome -> !outcome.startsWith("HTTP"));
    }

    @Test
    void requiredKeyIsAcceptedInEachProvidersHeaderAndOtherwise401() throws Exception {
        String key = "sk-test-0123456789abcdef";
        try (LlmSimulator simulator = LlmSimulator.start(
                SimulatorConfig.builder().profile("fast").requiredApiKey(key).build())) {
            TestClient client = new TestClient(simulator);

            HttpResponse<String> missing = client.post("/v1/chat/completions", CHAT);
            HttpResponse<String> wrong = client.post("/v1/chat/completions", CHAT, "Authorization", "Bearer nope");
            HttpResponse<String> anthropicMissing = client.post("/v1/messages",
                    "{\"max_tokens\": 2, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
            assertThat(List.of(missing, wrong, anthropicMissing)).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.body()).doesNotContain(key);
            });
            assertThat(TestClient.json(anthropicMissing.body()).at("/error/type").asText())
                    .isEqualTo("authentication_error");

            assertThat(client.post("/v1/chat/completions", CHAT, "Authorization", "Bearer " + key).statusCode())
                    .isEqualTo(200);
            assertThat(client.post("/openai/deployments/d/chat/completions?api-version=2024-10-21", CHAT,
                    "api-key", key).statusCode()).isEqualTo(200);
            assertThat(client.post("/v1/messages",
                    "{\"max_tokens\": 2, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}",
                    "x-api-key", key).statusCode()).isEqualTo(200);
            assertThat(client.get("/health").statusCode()).isEqualTo(200);
            assertThat(simulator.config().toString()).doesNotContain(key);
        }
    }
}

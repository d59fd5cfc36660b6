package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6: no key, bearer token or Authorization value ever reaches stdout, stderr or any file a command writes —
 * even when the server echoes the key back in its error bodies, as real APIs do ("Incorrect API key provided").
 */
class SecretsNeverLeakTest {

    private static final String OPENAI_KEY = "sk-test-openai-0123456789abcdefghij";
    private static final String ANTHROPIC_KEY = "sk-ant-test-0123456789abcdefghij";
    /** Shaped like no known key, so only the environment-value registration can catch it. */
    private static final String AZURE_KEY = "plainAzureValue0123456789XYZ";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "OPENAI_API_KEY", OPENAI_KEY, "ANTHROPIC_API_KEY", ANTHROPIC_KEY, "AZURE_OPENAI_API_KEY", AZURE_KEY);

    @TempDir
    Path dir;

    private MockWebServer echoServer;
    private final List<String> keysReceived = new ArrayList<>();
    private final List<CliRunner.Run> runs = new ArrayList<>();

    @BeforeEach
    void startEchoServer() throws IOException {
        echoServer = new MockWebServer();
        echoServer.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = Stream.of(request.getHeader("Authorization"), request.getHeader("x-api-key"),
                        request.getHeader("api-key")).filter(v -> v != null).findFirst().orElse("none");
                synchronized (keysReceived) {
                    keysReceived.add(key);
                }
                return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                        .setBody("{\"error\":{\"message\":\"Incorrect API key provided: " + key + "\"}}");
            }
        });
        echoServer.start();
    }

    @AfterEach
    void stopEchoServer() throws IOException {
        echoServer.shutdown();
    }

    private String url() {
        return "http://127.0.0.1:" + echoServer.getPort() + "/v1";
    }

    private void run(String... args) {
        runs.add(CliRunner.run(ENVIRONMENT, args));
    }

    @Test
    void noCommandPrintsOrWritesAKey() throws IOException {
        run("bench", "--requests", "2", "--concurrency", "2", "--output-tokens", "4", "--out", out("embedded"));
        run("bench", "--url", url(), "--model", "m", "--requests", "3", "--retries", "0",
                "--api-key-env", "OPENAI_API_KEY", "--out", out("openai"));
        run("bench", "--url", url(), "--model", "m", "--api", "anthropic", "--requests", "2", "--retries", "0",
                "--api-key-env", "ANTHROPIC_API_KEY",
                "--format", "json", "--out", out("anthropic"));
        run("bench", "--url", url(), "--api", "azure", "--deployment", "d", "--requests", "2", "--retries", "0",
                "--api-key-env", "AZURE_OPENAI_API_KEY",
                "--debug", "--out", out("azure"));
        Path gate = dir.resolve("gate.yaml");
        Files.writeString(gate, "target: {url: '" + url() + "', model: m, retries: 0, api_key_env: OPENAI_API_KEY}\nbench:\n  requests: 2\n"
                + "thresholds:\n  - rate(errors) < 1%\n");
        run("run", gate.toString(), "--out", out("run"));
        run("simulate", "--port", "0", "--duration", "100ms", "--require-api-key-env", "OPENAI_API_KEY",
                "--out", out("simulate"));
        run("canary", "--baseline-url", url(), "--candidate-url", url(), "--baseline-model", "m",
                "--candidate-model", "m", "--api-key-env", "OPENAI_API_KEY", "--pairs", "2", "--concurrency", "1",
                "--duration", "10s", "--debug", "--out", out("canary"));
        run("cost", "--model", "gpt-4o", "--input-tokens", "100", "--output-tokens", "10", "--debug",
                "--out", out("cost"));
        for (String pending : List.of("prompts", "merge")) {
            run(pending, "--out", out(pending), "--debug");
        }
        run("gpu", "probe", "--out", out("gpu"), "--debug");
        run("bench", "--url", url() + "?key=" + OPENAI_KEY, "--model", "m", "--concurrency", "oops");

        assertThat(keysReceived).as("the keys really were sent, so a leak was possible")
                .contains("Bearer " + OPENAI_KEY, ANTHROPIC_KEY, AZURE_KEY);
        assertThat(runs).hasSize(12);
        for (CliRunner.Run run : runs) {
            assertNoKey(run.stdout() + run.stderr());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertNoKey(Files.readString(file));
            }
        }
        assertThat(Files.readString(dir.resolve("openai/result.json"))).contains("http_4xx");
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static void assertNoKey(String text) {
        assertThat(text).doesNotContain(OPENAI_KEY).doesNotContain(ANTHROPIC_KEY).doesNotContain(AZURE_KEY)
                .doesNotContain("0123456789abcdefghij");
    }
}

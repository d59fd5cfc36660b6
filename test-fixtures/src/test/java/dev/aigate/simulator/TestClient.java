package dev.aigate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** A plain JDK HTTP client for tests: JSON posts, and SSE streams read line by line with arrival times. */
final class TestClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    TestClient(LlmSimulator simulator) {
        this.root = "http://127.0.0.1:" + simulator.port();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts and reads the SSE response to its end (or until the server drops the connection). */
    SseStream stream(String path, String body, String... headers) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<Stream<String>> response = http.send(
                request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofLines());
        List<SseEvent> events = new ArrayList<>();
        boolean truncated = false;
        String eventName = null;
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                long at = System.nanoTime();
                if (line.startsWith("event: ")) {
                    eventName = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(new SseEvent(eventName, line.substring(6), at - start));
                    eventName = null;
                }
            }
        } catch (UncheckedIOException e) {
            truncated = true;
        }
        return new SseStream(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                events, truncated);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** One SSE event: its {@code event:} name (or null), its data, and when it arrived after the request began. */
    record SseEvent(String event, String data, long nanosSinceStart) {
        JsonNode json() {
            return TestClient.json(data);
        }

        boolean isDone() {
            return "[DONE]".equals(data);
        }

        double millis() {
            return nanosSinceStart / 1e6;
        }
    }

    /** A whole SSE response. */
    record SseStream(int status, String contentType, List<SseEvent> events, boolean truncated) {
        /** OpenAI chunks that carry generated text or tool-call pieces. */
        List<SseEvent> contentChunks() {
            return events.stream().filter(e -> !e.isDone()).filter(e -> {
                JsonNode choices = e.json().path("choices");
                if (choices.isEmpty()) {
                    return false;
                }
                JsonNode choice = choices.get(0);
                JsonNode delta = choice.path("delta");
                return !choice.path("text").asText("").isEmpty() || !delta.path("content").asText("").isEmpty()
                        || delta.has("tool_calls");
            }).toList();
        }

        String openAiText() {
            StringBuilder text = new StringBuilder();
            for (SseEvent event : contentChunks()) {
                JsonNode choice = event.json().path("choices").get(0);
                text.append(choice.has("text") ? choice.get("text").asText() : choice.path("delta").path("content")
                        .asText(""));
            }
            return text.toString();
        }
    }
}

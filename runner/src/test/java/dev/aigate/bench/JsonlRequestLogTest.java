package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw per-request log: one JSON line per request, warm-up marked, no secret ever written. */
class JsonlRequestLogTest {

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void writesOneLinePerRequestWarmupIncluded() throws IOException {
        Path file = dir.resolve("requests.jsonl");
        Reply denied = Reply.failed(ErrorKind.HTTP_4XX);
        try (JsonlRequestLog log = JsonlRequestLog.open(file)) {
            Benchmark.run(BenchSpec.builder().requests(3).warmupRequests(1).build(),
                    new FakeModelClient(call -> call == 2 ? denied : Reply.streamed(40, 10, 3)),
                    RunOptions.DEFAULT.withRequestLog(log));
        }

        List<JsonNode> lines = lines(file);
        assertThat(lines).extracting(line -> line.get("index").asLong()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(lines.get(0).get("warmup").asBoolean()).isTrue();
        assertThat(lines.get(1).get("ttft_ms").asDouble()).isEqualTo(40.0);
        assertThat(lines.get(1).get("e2el_ms").asDouble()).isEqualTo(60.0);
        assertThat(lines.get(1).get("output_tokens_source").asText()).isEqualTo("usage");
        assertThat(lines.get(2).get("ok").asBoolean()).isFalse();
        assertThat(lines.get(2).get("error").asText()).isEqualTo("http_4xx");
    }

    @Test
    void redactsKeyShapedTextInFailureMessages() throws IOException {
        Path file = dir.resolve("requests.jsonl");
        Failure leaky = new Failure(ErrorKind.HTTP_4XX, "rejected Authorization: Bearer abcdefghijklmnop1234", 401);
        try (JsonlRequestLog log = JsonlRequestLog.open(file)) {
            log.append(new PlannedRequest(0, false, 0, false),
                    new RequestMeasurement(0, 1, -1, new long[0], 0, null, 8, 0, leaky));
        }

        assertThat(Files.readString(file)).doesNotContain("abcdefghijklmnop1234").contains("***");
    }

    @Test
    void appendsAfterCloseAreIgnored() throws IOException {
        Path file = dir.resolve("requests.jsonl");
        JsonlRequestLog log = JsonlRequestLog.open(file);
        log.close();

        log.append(new PlannedRequest(0, false, 0, false),
                new RequestMeasurement(0, 1, -1, new long[] {1}, 1, OutputTokensSource.USAGE, 8, 0, null));

        assertThat(Files.readString(file)).isEmpty();
    }
}

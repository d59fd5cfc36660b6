package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.report.ResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a run (Ctrl-C in a terminal, SIGTERM from CI) ends it cleanly: the reports are written with everything
 * measured so far, and every request sent is accounted for.
 */
class SignalTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedBenchmarkStillWritesItsPartialResults() throws Exception {
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                AigateCli.class.getName(), "bench", "--profile", "fast", "--duration", "2m", "--concurrency", "4",
                "--output-tokens", "16", "--out", out.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.txt").toFile())
                .start();
        try {
            Thread.sleep(6000); // long enough to start the JVM and send requests on a loaded machine
            process.destroy(); // SIGTERM: the same shutdown path as Ctrl-C
            assertThat(process.waitFor(40, TimeUnit.SECONDS)).as("exits after the signal").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(out.resolve("result.json")).as(Files.readString(dir.resolve("console.txt"))).exists();
        JsonNode result = ResultJson.MAPPER.readTree(out.resolve("result.json").toFile());
        assertThat(result.path("stopped_by").asText()).isEqualTo("interrupted");
        assertThat(result.path("requests").isMissingNode())
                .as("a machine too loaded to have started the benchmark in 6 s: %s", result)
                .isFalse();
        long sent = result.path("requests").path("sent").asLong();
        assertThat(sent).isPositive();
        assertThat(result.path("requests").path("completed").asLong()
                + result.path("requests").path("failed").asLong()).isEqualTo(sent);
        assertThat(Files.readString(out.resolve("summary.md"))).contains("interrupted");
    }
}

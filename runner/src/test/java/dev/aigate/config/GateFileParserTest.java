package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateFileParserTest {

    @TempDir
    Path dir;

    private GateFile parse(String yaml) throws Exception {
        Path file = dir.resolve("gate.yaml");
        Files.writeString(file, yaml);
        return GateFileParser.parse(file);
    }

    @Test
    void readsTargetsBenchAndThresholdsWithTheirLines() throws Exception {
        GateFile gate = parse(String.join("\n",
                "name: demo",
                "targets:",
                "  prod:",
                "    url: http://localhost:8000/v1",
                "    model: m1",
                "    retries: 0",
                "bench:",
                "  target: prod",
                "  concurrency: 8",
                "  requests: 50",
                "  slo: {ttft: 200ms, tpot: 50ms}",
                "thresholds:",
                "  - p99(ttft) < 500ms",
                ""));
        assertThat(gate.name()).isEqualTo("demo");
        var bench = gate.bench().orElseThrow();
        assertThat(bench.target().url()).isEqualTo("http://localhost:8000/v1");
        assertThat(bench.target().apiKeyEnv()).as("no key unless named").isNull();
        assertThat(bench.target().retries()).isZero();
        assertThat(bench.spec().concurrency()).isEqualTo(8);
        assertThat(bench.spec().model()).isEqualTo("m1");
        assertThat(bench.spec().slos()).containsEntry("ttft", 200.0).containsEntry("tpot", 50.0);
        assertThat(gate.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.expression()).isEqualTo("p99(ttft) < 500ms");
            assertThat(t.location().line()).isEqualTo(13);
            assertThat(t.location().column()).isEqualTo(5);
        });
    }

    @Test
    void embeddedIsTheDefaultTarget() throws Exception {
        GateFile gate = parse("bench:\n  requests: 5\n");
        assertThat(gate.bench().orElseThrow().target().isEmbedded()).isTrue();
    }

    @Test
    void unknownKeysSayWhereAndSuggest() {
        assertThatThrownBy(() -> parse("bench:\n  requests: 5\n  concurency: 4\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("gate.yaml") + ":3:3: unknown key 'concurency' in 'bench'");
    }

    @Test
    void wrongTypesSayWhere() {
        assertThatThrownBy(() -> parse("bench:\n  concurrency: eight\n"))
                .hasMessage(dir.resolve("gate.yaml") + ":2:16: 'bench.concurrency' must be an integer, got 'eight'");
    }

    @Test
    void yamlSyntaxErrorsSayWhere() {
        assertThatThrownBy(() -> parse("bench:\n  requests: [1, 2\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.resolve("gate.yaml") + ":3:1: invalid YAML");
    }

    @Test
    void danglingTargetNamesAreErrors() {
        assertThatThrownBy(() -> parse("bench:\n  target: staging\n"))
                .hasMessageContaining(":2:11: target 'staging' is neither 'embedded', a URL, nor a name under 'targets'");
    }
}

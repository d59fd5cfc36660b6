package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bench value that cannot run — a zero or negative duration, count, rate or shape, or two keys that contradict
 * each other — is named by file:line:column and key, like every other gate-file error.
 */
class GateFileBenchValuesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duration: 0s                               | 2:13: bench.duration must be longer than 0, got 0s
            duration: -5s                              | 2:13: 'bench.duration': '-5s' is not a duration; write e.g. 500ms, 30s, 2m, 1h
            warmup_duration: 0ms                       | 2:20: bench.warmup_duration must be longer than 0, got 0ms
            ramp_up: 0s                                | 2:12: bench.ramp_up must be longer than 0, got 0s
            slo: {ttft: 0ms}                           | 2:15: bench.slo.ttft must be longer than 0, got 0ms
            concurrency: 0                             | 2:16: 'bench.concurrency' must be at least 1, got 0
            requests: 0                                | 2:13: 'bench.requests' must be at least 1, got 0
            warmup_requests: -1                        | 2:20: 'bench.warmup_requests' must be at least 0, got -1
            input_tokens: 0                            | 2:17: 'bench.input_tokens' must be at least 1, got 0
            output_tokens: 0                           | 2:18: 'bench.output_tokens' must be at least 1, got 0
            rate: 0                                    | 2:9: 'bench.rate' must be greater than 0, got 0
            burstiness: 0                              | 2:15: 'bench.burstiness' must be greater than 0, got 0
            sweep: {concurrency: [0, 2]}               | 2:24: 'bench.sweep.concurrency': concurrency loads must be whole numbers >= 1, got 0
            """)
    void aValueThatCannotRunIsNamedWhereItIs(String line, String expected) throws Exception {
        String count = line.startsWith("requests") ? "" : "  requests: 10\n";
        assertThatThrownBy(() -> parse("bench:\n  " + line + "\n" + count))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("gate.yaml") + ":" + expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duration: 10s;  cooldown: 0s                | 3:13: bench.cooldown must be longer than 0, got 0s
            duration: 10s;  cooldown: 10s               | 3:13: bench.cooldown must be shorter than bench.duration (10s), got 10s
            cooldown: 2s                                | 2:13: bench.cooldown leaves out the last requests of a run of a set duration: give bench.duration too
            rate: 5;  arrivals: constant;  burstiness: 2 | 4:15: bench.burstiness shapes gamma arrivals, not constant
            concurrency: 2;  shard: 0/4                 | 3:10: 'bench.shard': concurrency 2 cannot be split over 4 shards
            concurrency: 8;  requests: 2;  shard: 0/4   | 4:10: 'bench.shard': 2 requests cannot be split over 4 shards
            concurrency: 256;  shard: 0/200             | 3:10: 'bench.shard': 100 requests cannot be split over 200 shards
            """)
    void keysThatContradictEachOtherNameTheOneThatCannotHold(String lines, String expected) throws Exception {
        assertThatThrownBy(() -> parse("bench:\n  " + lines.replace(";  ", "\n  ") + "\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("gate.yaml") + ":" + expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            timeout: 0s  | 3:12: target.timeout must be longer than 0, got 0s
            retries: -1  | 3:12: 'target.retries' must be at least 0, got -1
            """)
    void theTargetsTimeoutAndRetriesTooAreNamed(String line, String expected) throws Exception {
        assertThatThrownBy(() -> parse("target:\n  url: http://127.0.0.1:9/v1\n  " + line + "\nbench:\n  requests: 1\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("gate.yaml") + ":" + expected);
    }

    private void parse(String yaml) throws Exception {
        Path file = dir.resolve("gate.yaml");
        Files.writeString(file, yaml);
        GateFileParser.parse(file);
    }
}

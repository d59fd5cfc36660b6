package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets one clear line on stderr that says what and where, and exit code 2 — never a stack
 * trace (SPEC §6). Each case is a gate file or a command line with the fragment its message must contain.
 */
class BadInputTest {

    private static final String VALID_BENCH = "bench:\n  requests: 2\n";

    @TempDir
    static Path dir;

    static Stream<Arguments> badGateFiles() {
        return Stream.of(
                // YAML syntax
                file("unclosed flow list", "bench: [1, 2\n", ":2:1: invalid YAML"),
                file("bad indentation", "bench:\n  requests: 5\n concurrency: 3\n", ":3:2: invalid YAML"),
                file("tab indentation", "bench:\n\trequests: 5\n", ":2:1: invalid YAML"),
                file("unclosed quote", "name: \"abc\nbench:\n  requests: 2\n", "invalid YAML"),
                file("duplicate key", "bench:\n  requests: 2\nbench:\n  requests: 3\n", ":3:1: duplicate key 'bench'"),
                file("empty file", "", ":1:1: the file is empty"),
                file("only comments", "# nothing here\n", ":1:1: the file is empty"),
                file("document is a list", "- a\n- b\n", ":1:1: the document must be a mapping"),
                file("document is a scalar", "hello\n", ":1:1: the document must be a mapping"),
                file("undefined alias", "bench: *missing\n", "invalid YAML"),
                file("stage is a scalar", "bench:\n  requests 5\n", ":2:3: 'bench' must be a mapping"),
                // wrong types and values
                file("concurrency not a number", "bench:\n  concurrency: eight\n",
                        ":2:16: 'bench.concurrency' must be an integer, got 'eight'"),
                file("concurrency zero", "bench:\n  concurrency: 0\n", "'bench.concurrency' must be at least 1"),
                file("concurrency negative", "bench:\n  concurrency: -3\n", "must be at least 1, got -3"),
                file("requests fractional", "bench:\n  requests: 1.5\n", "'bench.requests' must be an integer"),
                file("rate not a number", "bench:\n  rate: fast\n", "'bench.rate' must be a number"),
                file("rate zero", "bench:\n  rate: 0\n", "'bench.rate' must be greater than 0"),
                file("duration without unit", "bench:\n  duration: 10\n", "'10' is not a duration"),
                file("duration in days", "bench:\n  duration: 10 days\n", "is not a duration"),
                file("input tokens a list", "bench:\n  input_tokens: [1, 2]\n",
                        "'bench.input_tokens' must be a single value, got a list"),
                file("output tokens a mapping", "bench:\n  output_tokens: {a: 1}\n", "must be a single value"),
                file("boolean not a boolean", "bench:\n  ignore_eos: maybe\n", "must be true or false"),
                file("slo a scalar", "bench:\n  slo: ttft\n", "'bench.slo' must be a mapping"),
                file("slo unknown metric", "bench:\n  slo: {ttfb: 200ms}\n", "unknown key 'ttfb' in 'bench.slo'; did you mean 'ttft'?"),
                file("slo not a duration", "bench:\n  slo: {ttft: fast}\n", "'fast' is not a duration"),
                file("thresholds a string", VALID_BENCH + "thresholds: p99(ttft) < 5ms\n", "'thresholds' must be a list"),
                file("threshold a mapping", VALID_BENCH + "thresholds:\n  - {a: b}\n", "must be a single value"),
                file("ftp url", "target: {url: ftp://x}\n" + VALID_BENCH, "must be 'embedded' or an http(s) URL"),
                file("port out of range", "target: {url: 'http://h:70000/v1'}\n" + VALID_BENCH,
                        "'target.url' 'http://h:70000/v1' is not a usable URL"),
                file("unknown api", "target: {url: 'http://127.0.0.1:9/v1', api: gemini}\n" + VALID_BENCH,
                        "'target.api' must be one of openai, anthropic, azure, got 'gemini'"),
                file("azure without deployment", "target: {url: 'https://x.openai.azure.com', api: azure}\n" + VALID_BENCH,
                        "an azure target needs 'deployment'"),
                file("dangling target", "target: nowhere\n" + VALID_BENCH, "target 'nowhere' is neither"),
                file("profile on a real server", "target: {url: 'http://127.0.0.1:9/v1', profile: fast}\n" + VALID_BENCH,
                        "'profile' only applies to the embedded simulator"),
                file("unknown profile", "target: {url: embedded, profile: nosuch}\n" + VALID_BENCH,
                        "unknown simulator profile 'nosuch'"),
                file("unsupported version", "version: 2\n" + VALID_BENCH, "unsupported gate file version 2"),
                file("misspelt stage", "benchmark:\n  requests: 2\n", "unknown key 'benchmark'; did you mean 'bench'?"),
                file("misspelt bench key", "bench:\n  concurency: 4\n", "unknown key 'concurency' in 'bench'; did you mean 'concurrency'?"),
                file("misspelt target key", "target: {url: embedded, modle: x}\n" + VALID_BENCH, "did you mean 'model'?"),
                file("no stage", "name: lonely\n", "the gate file has no stage to run"),
                file("unknown arrivals", VALID_BENCH + "  rate: 5\n  arrivals: uniform\n",
                        ":4:13: 'bench.arrivals': arrivals must be poisson, gamma or constant"),
                file("burstiness with constant arrivals", VALID_BENCH + "  rate: 5\n  arrivals: constant\n"
                        + "  burstiness: 2\n", ":5:15: bench.burstiness shapes gamma arrivals, not constant"),
                file("dataset without file", VALID_BENCH + "  dataset: {format: jsonl}\n", "file"),
                file("negative retries", "target: {url: embedded, retries: -1}\n" + VALID_BENCH, "must be at least 0"),
                file("timeout not a duration", "target: {url: embedded, timeout: soon}\n" + VALID_BENCH, "'soon' is not a duration"),
                // thresholds
                file("unknown metric", VALID_BENCH + "thresholds:\n  - p99(ttfb) < 5ms\n", "did you mean 'ttft'?"),
                file("threshold without value", VALID_BENCH + "thresholds:\n  - p99(ttft) <\n", ":4:16: threshold 'p99(ttft) <'"),
                file("threshold bad unit", VALID_BENCH + "thresholds:\n  - p99(ttft) < 500xs\n", "unknown unit 'xs'"),
                file("threshold unit mismatch", VALID_BENCH + "thresholds:\n  - p99(ttft) < 5%\n", "p99(ttft) < 5%"),
                file("threshold unsupported aggregate", VALID_BENCH + "thresholds:\n  - p99(errors) < 1%\n", "p99(errors)"),
                file("threshold percentile out of range", VALID_BENCH + "thresholds:\n  - p101(ttft) < 5ms\n", "p101"),
                // sweeps, shards and the gpu section
                file("sweep over two axes", VALID_BENCH + "  sweep: {concurrency: [1], rate: [2]}\n",
                        ":3:35: 'bench.sweep' varies one load, concurrency or rate, not both"),
                file("sweep not increasing", VALID_BENCH + "  sweep: {concurrency: [1, 8, 4]}\n",
                        ":3:24: 'bench.sweep.concurrency': sweep loads must increase, got 8 then 4"),
                file("sweep load not a number", VALID_BENCH + "  sweep: {rate: [1, fast]}\n",
                        ":3:21: 'bench.sweep.rate[2]' must be a number"),
                file("max goodput without slo", VALID_BENCH + "  sweep: {rate: [1], max_goodput: true}\n",
                        "max_goodput searches for the highest load meeting the SLOs"),
                file("shard out of range", VALID_BENCH + "  shard: 5/4\n",
                        ":3:10: 'bench.shard': a shard is i/N with 0 <= i < N, got 5/4"),
                file("sweep and shard", VALID_BENCH + "  concurrency: 4\n  shard: 0/2\n  sweep: {rate: [1, 2]}\n",
                        ":4:10: a sweep runs its loads one after another on one machine"),
                file("empty gpu section", "gpu: {}\n", ":1:6: 'gpu' needs 'probe', 'telemetry' or both"),
                file("gpu min fraction", "gpu: {probe: {min_fraction: 1.5}}\n",
                        ":1:29: 'gpu.probe.min_fraction' must be in (0, 1]"),
                file("unknown gpu metric", VALID_BENCH + "thresholds:\n  - mean(gpu_utilisation) >= 50%\n",
                        "did you mean 'gpu_utilization'?"),
                file("energy in ms", VALID_BENCH + "thresholds:\n  - mean(energy_per_token) < 5ms\n",
                        "unit 'ms' does not fit mean(energy_per_token), an amount of energy"));
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                line("unknown flag", "'--concurency', '4'; did you mean '--concurrency'?", "bench", "--concurency", "4"),
                line("flag not an integer", "'four' is not an int", "bench", "--concurrency", "four"),
                line("concurrency zero", "--concurrency must be at least 1", "bench", "--concurrency", "0"),
                line("duration without unit", "--duration: '10' is not a duration", "bench", "--duration", "10"),
                line("unknown api", "--api", "bench", "--api", "gemini"),
                line("bad slo", "--slo: 'ttft=200ms' is not metric:limit", "bench", "--slo", "ttft=200ms"),
                line("unknown slo metric", "--slo: unknown SLO metric 'ttfb'", "bench", "--slo", "ttfb:200ms"),
                line("bad format", "--format", "bench", "--format", "xml"),
                line("run without file", "Missing required parameter", "run"),
                line("run missing file", "nosuch.yaml: file not found", "run", "nosuch.yaml"),
                line("run two files", "Unmatched argument", "run", "a.yaml", "b.yaml"),
                line("ftp url", "--url must be 'embedded' or an http(s) URL", "bench", "--url", "ftp://host"),
                line("port out of range", "--url 'http://127.0.0.1:99999/v1' is not a usable URL: Invalid URL port",
                        "bench", "--url", "http://127.0.0.1:99999/v1", "--model", "m"),
                line("threshold unit mismatch", "p99(ttft) < 5%", "bench", "--threshold", "p99(ttft) < 5%"),
                line("threshold unknown metric", "did you mean 'ttft'?", "bench", "--threshold", "p99(ttfb) < 5ms"),
                line("threshold syntax", "--threshold: threshold 'p99(ttft) <'", "bench", "--threshold", "p99(ttft) <"),
                line("unknown command", "Unmatched argument", "benchmark"),
                line("port out of range", "--port must be between 0 and 65535", "simulate", "--port", "70000"),
                line("unknown profile", "unknown simulator profile 'nosuch'", "simulate", "--profile", "nosuch"),
                line("unresolvable host", "--host 999.1.1.1: ", "simulate", "--host", "999.1.1.1", "--port", "0"),
                line("negative rate", "--rate must be greater than 0", "bench", "--rate", "-1"),
                line("requests zero", "--requests must be at least 1", "bench", "--requests", "0"),
                line("canary without input", "give exactly one input: --samples FILE", "canary"),
                line("canary one file", "--baseline and --candidate go together", "canary", "--baseline", "b.json"),
                line("canary missing samples", "nosuch.json: file not found", "canary", "--samples", "nosuch.json"),
                line("canary threshold", "--threshold does not apply to canary", "canary", "--samples", "s.json",
                        "--threshold", "p99(ttft) < 5ms"),
                line("canary confidence", "--confidence must be between 0 and 1", "canary", "--samples", "s.json",
                        "--confidence", "95"),
                line("canary live profile", "--candidate-profile: unknown simulator profile", "canary",
                        "--baseline-url", "embedded", "--candidate-url", "embedded", "--candidate-profile", "nosuch"),
                line("canary live concurrency", "--concurrency must be at least 1, got 0", "canary",
                        "--baseline-url", "embedded", "--candidate-url", "embedded", "--concurrency", "0"),
                line("canary live min pairs", "--min-pairs must be at least 2, got -1", "canary",
                        "--baseline-url", "embedded", "--candidate-url", "embedded", "--min-pairs", "-1"),
                line("canary live pairs", "--pairs must be at least 1, got 0", "canary",
                        "--baseline-url", "embedded", "--candidate-url", "embedded", "--pairs", "0"),
                line("canary live duration", "--duration must be longer than 0, got 0s", "canary",
                        "--baseline-url", "embedded", "--candidate-url", "embedded", "--duration", "0s"),
                // load shapes, datasets, shards, sweeps
                line("shard not i/N", "--shard: a shard is written i/N", "bench", "--shard", "3"),
                line("shard index out of range", "--shard: a shard is i/N with 0 <= i < N, got 4/4", "bench",
                        "--shard", "4/4"),
                line("concurrency below shard count", "concurrency 2 cannot be split over 4 shards",
                        "bench", "--concurrency", "2", "--shard", "1/4"),
                line("burstiness without rate", "give --rate or --sweep rate=", "bench", "--burstiness", "0.5"),
                line("arrivals with a concurrency sweep", "give --rate or --sweep rate=", "bench", "--sweep",
                        "concurrency=1,2", "--arrivals", "constant"),
                line("burstiness with constant arrivals", "--burstiness shapes gamma arrivals, not constant",
                        "bench", "--rate", "5", "--arrivals", "constant", "--burstiness", "2"),
                line("unknown arrivals", "--arrivals: arrivals must be poisson, gamma or constant", "bench", "--rate",
                        "5", "--arrivals", "uniform"),
                line("zero burstiness", "--burstiness must be greater than 0, got 0", "bench", "--rate", "5",
                        "--burstiness", "0"),
                line("zero duration", "--duration must be longer than 0, got 0s", "bench", "--duration", "0s"),
                line("zero warm-up", "--warmup must be longer than 0, got 0s", "bench", "--warmup", "0s"),
                line("zero ramp-up", "--ramp-up must be longer than 0, got 0ms", "bench", "--ramp-up", "0ms"),
                line("zero timeout", "--timeout must be longer than 0, got 0s", "bench", "--timeout", "0s"),
                line("cooldown without duration", "a cool-down needs a duration longer than it", "bench",
                        "--cooldown", "5s"),
                line("ramp-up not a duration", "--ramp-up: 'slowly' is not a duration", "bench", "--ramp-up", "slowly"),
                line("missing dataset", "nosuch.jsonl: file not found", "bench", "--dataset",
                        "nosuch.jsonl", "--requests", "1"),
                line("unknown dataset format", "--dataset-format: dataset format must be jsonl or sharegpt", "bench",
                        "--dataset", "x.json", "--dataset-format", "csv"),
                line("sweep without axis", "--sweep: a sweep is written concurrency=1,8,32", "bench", "--sweep", "1,8"),
                line("sweep unknown axis", "--sweep: a sweep varies concurrency or rate, got 'workers'", "bench",
                        "--sweep", "workers=1,2"),
                line("sweep not increasing", "--sweep: sweep loads must increase, got 8 then 4", "bench", "--sweep",
                        "concurrency=1,8,4"),
                line("sweep fractional concurrency", "whole numbers >= 1, got 1.5", "bench", "--sweep",
                        "concurrency=1.5"),
                line("max-goodput without sweep", "--max-goodput searches over a sweep", "bench", "--max-goodput"),
                line("max-goodput without slo", "--max-goodput needs SLOs", "bench", "--sweep", "rate=1,2",
                        "--max-goodput"),
                line("bad attainment", "--slo-attainment must be a share", "bench", "--sweep", "rate=1,2",
                        "--slo-attainment", "most"),
                line("attainment out of range", "SLO attainment must be in (0, 1]", "bench", "--sweep", "rate=1,2",
                        "--slo-attainment", "120%"),
                line("merge without files", "Missing required parameter", "merge"),
                line("merge missing file", "nosuch.json: no such file", "merge", "nosuch.json"));
    }

    private static Arguments file(String name, String yaml, String expected) {
        return Arguments.of(name, yaml, expected);
    }

    private static Arguments line(String name, String expected, String... args) {
        return Arguments.of(name, expected, args);
    }

    @ParameterizedTest(name = "gate file: {0}")
    @MethodSource("badGateFiles")
    void badGateFileGivesOneLineAndExit2(String name, String yaml, String expected) throws IOException {
        Path file = dir.resolve(name.replace(' ', '-') + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("run", file.toString(), "--out", dir.resolve("out").toString());
        assertOneClearLine(run, expected);
    }

    @ParameterizedTest(name = "command line: {0}")
    @MethodSource("badCommandLines")
    void badCommandLineGivesOneLineAndExit2(String name, String expected, String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", dir.resolve("out").toString()));
        CliRunner.Run run = CliRunner.run(args[0].equals("simulate") || args[0].equals("canary")
                || args[0].equals("benchmark") ? args : all.toArray(String[]::new));
        assertOneClearLine(run, expected);
    }

    @Test
    void notUtf8IsABadFile() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertOneClearLine(CliRunner.run("run", file.toString()), "not UTF-8 text");
    }

    @Test
    void aSimulatorScriptWithBadYamlNamesItsLineAndColumn() throws IOException {
        Path file = dir.resolve("scripts.yaml");
        Files.writeString(file, "rules: [1, 2\n");
        assertOneClearLine(CliRunner.run("simulate", "--scripts", file.toString(), "--port", "0", "--duration", "1s"),
                file + ":2:1: invalid YAML");
    }

    @Test
    void anUnwritableOutputDirectoryIsABadFlag() throws IOException {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        assertOneClearLine(CliRunner.run("bench", "--requests", "1", "--out", blocker.resolve("sub").toString()),
                "--out " + blocker.resolve("sub") + ": cannot create the directory");
    }

    @Test
    void thereAreAtLeastFiftyCases() {
        assertThat(badGateFiles().count() + badCommandLines().count() + 2).isGreaterThanOrEqualTo(50);
    }

    private static void assertOneClearLine(CliRunner.Run run, String expected) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains(expected);
        assertThat(run.stderr().strip().lines()).as("stderr lines").hasSize(1);
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

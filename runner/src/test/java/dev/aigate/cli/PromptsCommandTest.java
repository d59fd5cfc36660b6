package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.prompts.PromptResults;
import dev.aigate.prompts.PromptsAnalysis;
import dev.aigate.prompts.PromptsRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aigate prompts} and the prompts stage of {@code aigate run}, end to end against the embedded simulator's
 * scripts: the shipped examples, the cost breaker, stored baselines, shards, and bad input.
 */
class PromptsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "prompts");
    private static final List<String> PLANTED = List.of("inv-3", "ticket-5", "safety-2", "tool-4", "ground-2");

    @TempDir
    Path dir;

    @Test
    void theRegressedExampleFailsAndNamesItsFivePlantedRegressions() throws IOException {
        CliRunner.Run run = CliRunner.run("run", EXAMPLES.resolve("regressed.yaml").toString(), "--out",
                dir.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        String headline = run.stdout().lines().filter(l -> l.startsWith("FAIL:")).findFirst().orElseThrow();
        PLANTED.forEach(id -> assertThat(headline).contains(id));
        JsonNode result = JSON.readTree(dir.resolve("result.json").toFile());
        JsonNode comparison = result.at("/stages/prompts/comparison");
        assertThat(comparison.path("regressed")).extracting(n -> n.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(PLANTED);
        assertThat(comparison.path("improved")).isEmpty();
        assertThat(comparison.path("p_value").asDouble()).isEqualTo(0.0625);
        String junit = Files.readString(dir.resolve("junit.xml"));
        assertThat(junit.split("<testcase classname=\"aigate.prompts.cases\"", -1)).hasSize(33);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("Regressed cases")
                .contains("[-technical-] {+account+}");
    }

    @Test
    void theNoiseExamplePasses() {
        CliRunner.Run run = CliRunner.run("run", EXAMPLES.resolve("noise.yaml").toString(), "--out", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("PASS: 3 of 3 gates passed");
    }

    private Path suite(String extra) throws IOException {
        Files.writeString(dir.resolve("scripts.yaml"), """
                rules:
                  - match: {model: "m-*", prompt_regex: "capital of France"}
                    respond: {text: Paris.}
                  - match: {model: m-new, prompt_regex: "capital of Spain"}
                    respond: {text: Barcelona.}
                  - match: {model: "m-*", prompt_regex: "capital of Spain"}
                    respond: {text: Madrid.}
                """);
        Path suite = dir.resolve("suite.yaml");
        Files.writeString(suite, """
                target: {url: embedded, profile: fast, model: m-new}
                scripts: scripts.yaml
                prompts: ["What is the capital of {{country}}?"]
                tests:
                  - {id: france, vars: {country: France}, assert: [{type: icontains, value: paris}]}
                  - {id: spain, vars: {country: Spain}, assert: [{type: icontains, value: madrid}]}
                  - {id: italy, vars: {country: Italy}, assert: [{type: not-is-refusal}]}
                  - {id: japan, vars: {country: Japan}, assert: [{type: not-is-refusal}]}
                """ + extra);
        return suite;
    }

    @Test
    void aStoredResultServesAsTheBaseline() throws IOException {
        Path suite = suite("");
        Path old = dir.resolve("old");
        CliRunner.Run first = CliRunner.run("prompts", suite.toString(), "--target", "embedded", "--model", "m-old",
                "--repeat", "2", "--out", old.toString());
        assertThat(first.exitCode()).as(first.all()).isZero();

        CliRunner.Run second = CliRunner.run("prompts", suite.toString(), "--baseline",
                old.resolve("result.json").toString(), "--repeat", "2", "--threshold", "count(regressions) < 1",
                "--out", dir.resolve("new").toString(), "--format", "json");

        assertThat(second.exitCode()).as(second.all()).isEqualTo(1);
        JsonNode result = JSON.readTree(second.stdout());
        assertThat(result.path("schema").asText()).isEqualTo("aigate/prompts/v1");
        assertThat(result.at("/comparison/regressed/0/id").asText()).isEqualTo("spain");
        assertThat(result.at("/comparison/regressed/0/diff").asText()).isEqualTo("[-Madrid.-] {+Barcelona.+}");
        assertThat(result.path("gates").toString()).contains("count(regressions) = 1");
    }

    @Test
    void theCostBreakerStopsCleanlyWithPartialResultsAndExit3() throws IOException {
        Path suite = suite("prices: {m-new: {input_per_1m: 1000, output_per_1m: 1000}}\n");

        CliRunner.Run run = CliRunner.run("prompts", suite.toString(), "--max-cost", "$0.60", "--repeat", "3",
                "--concurrency", "1",
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("stopped by --max-cost");
        JsonNode result = JSON.readTree(dir.resolve("out/result.json").toFile());
        assertThat(result.at("/budget/tripped").asBoolean()).isTrue();
        assertThat(result.at("/sides/candidate/skipped_by_budget").asInt()).isPositive();
        assertThat(result.at("/sides/candidate/cost_usd").asDouble()).isPositive().isLessThanOrEqualTo(0.60);
    }

    @Test
    void shardsRunSeparatelyMergeIntoTheWholeResult() throws IOException {
        Path suite = suite("baseline: {url: embedded, profile: fast, model: m-old}\nrepeat: 2\n");
        for (String[] part : List.of(new String[] {"--out", dir.resolve("whole").toString()},
                new String[] {"--shard", "0/2", "--out", dir.resolve("s0").toString()},
                new String[] {"--shard", "1/2", "--out", dir.resolve("s1").toString()})) {
            String[] command = new String[part.length + 2];
            command[0] = "prompts";
            command[1] = suite.toString();
            System.arraycopy(part, 0, command, 2, part.length);
            CliRunner.Run run = CliRunner.run(command);
            // one regression in four pairs (Madrid became Barcelona) is not significant: the gate passes
            assertThat(run.exitCode()).as(run.all()).isZero();
        }

        assertThat(JSON.readTree(dir.resolve("s0/result.json").toFile()).at("/settings/shard").asText())
                .as("0-based like bench --shard").isEqualTo("0/2");
        PromptsRun merged = PromptResults.merge(List.of(JSON.readTree(dir.resolve("s0/result.json").toFile()),
                JSON.readTree(dir.resolve("s1/result.json").toFile())));
        PromptsRun whole = PromptResults.read(dir.resolve("whole/result.json"));

        assertThat(PromptsAnalysis.of(merged).comparison()).isEqualTo(PromptsAnalysis.of(whole).comparison());
        assertThat(PromptsAnalysis.of(merged).candidate().passRate())
                .isEqualTo(PromptsAnalysis.of(whole).candidate().passRate());
        assertThat(merged.candidate().attempts()).hasSize(8);
    }

    @Test
    void badInputIsOneLineAndExit2() throws IOException {
        Path suite = suite("");
        for (String[] args : List.of(
                new String[] {"--shard", "2/2"},
                new String[] {"--shard", "-1/2"},
                new String[] {"--max-cost", "lots"},
                new String[] {"--repeat", "0"},
                new String[] {"--threshold", "pass_rate(prompt) >= 90%"},
                new String[] {"--baseline", "missing.json"},
                new String[] {"--target", "ftp://x"})) {
            String[] command = new String[args.length + 2];
            command[0] = "prompts";
            command[1] = suite.toString();
            System.arraycopy(args, 0, command, 2, args.length);
            CliRunner.Run run = CliRunner.run(command);
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.all()).isEqualTo(2);
            assertThat(run.stderr().strip().lines()).as(run.stderr()).hasSize(1);
            assertThat(run.stderr()).doesNotContain("Exception");
        }
        for (String outOfRange : List.of("2/2", "-1/2")) {
            assertThat(CliRunner.run("prompts", suite.toString(), "--shard", outOfRange).stderr())
                    .contains("--shard: a shard is i/N with 0 <= i < N, got " + outOfRange);
        }
        Files.writeString(dir.resolve("broken.yaml"),
                "prompts: [\"Hi\"]\ntests:\n  - assert: [{type: contians, value: x}]\n");
        CliRunner.Run run = CliRunner.run("prompts", dir.resolve("broken.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("broken.yaml:3:21: unknown assertion type 'contians'; did you mean 'contains'?");
    }
}

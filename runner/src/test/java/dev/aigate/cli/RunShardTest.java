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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aigate run GATE.yaml --shard i/N} on a gate with a bench and a prompts stage: one index, counted from 0
 * for both stages (a CI matrix or an Indexed Job passes the same {@code i} to every stage), and shards that put
 * together give the unsplit run.
 */
class RunShardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHARDS = 3;

    @TempDir
    Path dir;

    @Test
    void everyIndexFromZeroRunsBothStagesAndThePromptShardsMergeIntoTheWholeRun() throws IOException {
        Path gate = gate("");

        CliRunner.Run whole = CliRunner.run("run", gate.toString(), "--out", out("whole"));
        assertThat(whole.exitCode()).as(whole.all()).isZero();
        List<JsonNode> promptShards = new ArrayList<>();
        long sent = 0;
        for (int i = 0; i < SHARDS; i++) {
            CliRunner.Run shard = CliRunner.run("run", gate.toString(), "--shard", i + "/" + SHARDS, "--out",
                    out("shard-" + i));
            assertThat(shard.exitCode()).as(shard.all()).isZero();
            assertThat(shard.stdout()).contains("shard " + i + "/" + SHARDS + ": these pass rates and gates cover "
                    + "this shard's cases only");
            JsonNode result = JSON.readTree(dir.resolve("shard-" + i + "/result.json").toFile());
            assertThat(result.at("/stages/bench/config/shard/index").asInt()).isEqualTo(i);
            assertThat(result.at("/stages/prompts/settings/shard").asText()).isEqualTo(i + "/" + SHARDS);
            sent += result.at("/stages/bench/requests/sent").asLong();
            promptShards.add(result);
        }

        PromptsRun merged = PromptResults.merge(promptShards);
        PromptsRun unsplit = PromptResults.read(dir.resolve("whole/result.json"));
        assertThat(sent).isEqualTo(12);
        assertThat(merged.candidate().attempts()).hasSameSizeAs(unsplit.candidate().attempts()).hasSize(6);
        assertThat(PromptsAnalysis.of(merged).candidate().passRate())
                .isEqualTo(PromptsAnalysis.of(unsplit).candidate().passRate());
        assertThat(PromptsAnalysis.of(merged).comparison()).isEqualTo(PromptsAnalysis.of(unsplit).comparison());
    }

    @Test
    void aigateMergeJoinsEveryStageOfTheShardsAndJudgesTheWholeRun() throws IOException {
        Path gate = gate("");
        CliRunner.Run whole = CliRunner.run("run", gate.toString(), "--format", "json", "--out", out("whole"));
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < SHARDS; i++) {
            CliRunner.Run shard = CliRunner.run("run", gate.toString(), "--shard", i + "/" + SHARDS, "--out",
                    out("shard-" + i));
            assertThat(shard.exitCode()).as(shard.all()).isZero();
            merge.add(out("shard-" + i));
        }
        merge.addAll(List.of("--threshold", "pass_rate(prompts) >= 100%", "--threshold", "count(requests) >= 12",
                "--format", "json", "--out", out("merged")));

        CliRunner.Run merged = CliRunner.run(merge.toArray(String[]::new));

        assertThat(merged.exitCode()).as(merged.all()).isZero();
        JsonNode result = JSON.readTree(merged.stdout());
        JsonNode unsplit = JSON.readTree(whole.stdout());
        assertThat(result.path("schema").asText()).isEqualTo("aigate/run/v1");
        assertThat(result.at("/stages/bench/requests/sent").asLong()).isEqualTo(12);
        assertThat(result.at("/stages/prompts/sides/candidate/cases_judged").asInt())
                .isEqualTo(unsplit.at("/stages/prompts/sides/candidate/cases_judged").asInt()).isEqualTo(3);
        assertThat(result.at("/stages/prompts/sides/candidate/pass_rate").asDouble())
                .isEqualTo(unsplit.at("/stages/prompts/sides/candidate/pass_rate").asDouble());
        assertThat(result.at("/stages/prompts/settings/shard").asText()).isEqualTo("merged from 3 shards");
        assertThat(result.path("gates").toString()).contains("pass_rate(prompts) >= 100%")
                .contains("count(requests) >= 12");
    }

    @Test
    void promptShardsAreMergedOnlyWhenEveryOneIsThere() throws IOException {
        Path gate = Files.writeString(dir.resolve("prompts-only.yaml"), TARGET + prompts(""));
        for (int i = 0; i < 2; i++) {
            CliRunner.Run shard = CliRunner.run("run", gate.toString(), "--shard", i + "/3", "--out",
                    out("p-" + i));
            assertThat(shard.exitCode()).as(shard.all()).isZero();
        }

        CliRunner.Run partial = CliRunner.run("merge", out("p-0"), out("p-1"), "--out", out("partial"));
        CliRunner.Run twice = CliRunner.run("merge", out("p-0"), out("p-0"), "--out", out("twice"));

        assertThat(partial.exitCode()).isEqualTo(2);
        assertThat(partial.stderr()).contains("missing prompts shard 2/3");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.stderr()).contains("prompts shard 0/3 given twice");
    }

    @Test
    void theGateFilesPromptsShardIsZeroBasedAndTheFlagReplacesIt() throws IOException {
        Path gate = gate("  shard: 0/" + SHARDS + "\n");

        CliRunner.Run fromFile = CliRunner.run("run", gate.toString(), "--format", "json", "--out", out("file"));
        CliRunner.Run fromFlag = CliRunner.run("run", gate.toString(), "--shard", "2/3", "--format", "json",
                "--out", out("flag"));

        assertThat(fromFile.exitCode()).as(fromFile.all()).isZero();
        assertThat(JSON.readTree(fromFile.stdout()).at("/stages/prompts/settings/shard").asText()).isEqualTo("0/3");
        assertThat(JSON.readTree(fromFlag.stdout()).at("/stages/prompts/settings/shard").asText()).isEqualTo("2/3");
        assertThat(CliRunner.run("run", gate.toString(), "--shard", "3/3").stderr())
                .contains("--shard: a shard is i/N with 0 <= i < N, got 3/3");
        CliRunner.Run outOfRange = CliRunner.run("run", gate("  shard: 3/3\n").toString());
        assertThat(outOfRange.exitCode()).isEqualTo(2);
        assertThat(outOfRange.stderr()).contains("'prompts.shard': a shard is i/N with 0 <= i < N, got 3/3");
    }

    @Test
    void aGateWithOnlyAPromptsStageCanBeSharded() throws IOException {
        Path gate = Files.writeString(dir.resolve("prompts-only.yaml"), TARGET + prompts(""));

        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--shard", "1/2", "--format", "json",
                "--out", out("prompts-only"));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(JSON.readTree(run.stdout()).at("/stages/prompts/sides/candidate/cases_judged").asInt())
                .isEqualTo(1);
    }

    private static final String TARGET = "target: {url: embedded, profile: fast, model: m, seed: 7}\n";

    private static String prompts(String extra) {
        return """
                prompts:
                  prompts: ["Say {{word}}"]
                  tests:
                    - {id: a, vars: {word: one}, assert: [{type: not-is-refusal}]}
                    - {id: b, vars: {word: two}, assert: [{type: not-is-refusal}]}
                    - {id: c, vars: {word: three}, assert: [{type: not-is-refusal}]}
                  repeat: 2
                  cache: {enabled: false}
                """ + extra;
    }

    private Path gate(String promptsExtra) throws IOException {
        return Files.writeString(dir.resolve("gate.yaml"), TARGET + """
                bench:
                  concurrency: 3
                  requests: 12
                  output_tokens: 4
                """ + prompts(promptsExtra));
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }
}

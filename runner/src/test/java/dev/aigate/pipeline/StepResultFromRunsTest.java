package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.cli.InProcessCli;
import dev.aigate.gate.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step end to end, as the plugin drives it, with the CLI in-process in place of the child JVM: parameters →
 * command line → the runner against the embedded simulator → the result.json it wrote → the step's values and the
 * build result. One real result of every kind.
 */
class StepResultFromRunsTest {

    @TempDir
    Path dir;

    /** Runs a step and reads its result back, as the plugin does. */
    private Outcome step(StepCommand command, Map<String, Object> parameters) throws IOException {
        parameters.put("outDir", dir.resolve(command.word()).toString());
        StepParameters step = StepParameters.of(command, parameters);
        InProcessCli.Run run = InProcessCli.run(RunnerLaunch.arguments(step, false));
        Path json = Path.of(step.outDir()).resolve(StepResult.RESULT_JSON);
        if (!Files.isRegularFile(json)) {
            String lastLine = run.output().strip().lines().reduce((first, second) -> second).orElse("");
            return new Outcome(run, null, step.rule().withoutResult(command, run.exitCode(), lastLine));
        }
        StepResult result = StepResult.parse(Files.readString(json), step.outDir());
        return new Outcome(run, result, step.rule().judge(result));
    }

    private record Outcome(InProcessCli.Run run, StepResult result, BuildOutcome build) {
    }

    private static Map<String, Object> parameters(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> fastBench(Object... more) {
        Map<String, Object> map = parameters("url", "embedded", "profile", "fast", "requests", 16,
                "concurrency", 4, "outputTokens", 16);
        map.putAll(parameters(more));
        return map;
    }

    @Test
    void aMissedBenchThresholdFailsTheBuildWithTheGateInOneLine() throws IOException {
        Outcome outcome = step(StepCommand.BENCH, fastBench("thresholds", "p99(ttft) < 1ms\nrate(errors) < 1%"));

        assertThat(outcome.run().exitCode()).as(outcome.run().output()).isEqualTo(1);
        StepResult result = outcome.result();
        assertThat(result.kind()).isEqualTo("bench");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.score()).isEqualTo(50);
        assertThat(outcome.build().status()).isEqualTo(BuildStatus.FAILURE);
        assertThat(outcome.build().message()).startsWith("aigate bench: fail, 1 of 2 gates failed: p99(ttft) = ")
                .endsWith("limit < 1 ms").doesNotContain("\n");
        Map<String, Object> values = result.stepValues();
        assertThat(values).containsEntry("verdict", "fail").containsEntry("exitCode", 1)
                .containsEntry("gatesTotal", 2).containsEntry("gatesFailed", 1)
                .containsEntry("failedGates", java.util.List.of("p99(ttft) < 1ms"))
                .containsEntry("errorRate", 0.0)
                .containsEntry("reportHtml", dir.resolve("bench").resolve("report.html").toString());
        assertThat((Double) values.get("ttftP99Ms")).isPositive();
        assertThat((Double) values.get("outputTokensPerS")).isPositive();
        assertThat(dir.resolve("bench").resolve("junit.xml")).exists();
    }

    @Test
    void failAsUnstableKeepsTheBuildGoing() throws IOException {
        Outcome outcome = step(StepCommand.BENCH, fastBench("thresholds", "p99(ttft) < 1ms", "failAs", "unstable"));

        assertThat(outcome.build().status()).isEqualTo(BuildStatus.UNSTABLE);
    }

    @Test
    void aGateFileThatPassesLeavesTheBuildAlone() throws IOException {
        Path gate = dir.resolve("aigate.yaml");
        Files.writeString(gate, """
                version: 1
                name: smoke
                target: {url: embedded, profile: fast, model: m}
                bench: {requests: 16, concurrency: 4, output_tokens: 16}
                thresholds:
                  - rate(errors) < 1%
                  - p99(ttft) < 60s
                """);

        Outcome outcome = step(StepCommand.RUN, parameters("config", gate.toString()));

        assertThat(outcome.run().exitCode()).as(outcome.run().output()).isZero();
        assertThat(outcome.result().kind()).isEqualTo("run");
        assertThat(outcome.build()).isEqualTo(new BuildOutcome(BuildStatus.SUCCESS,
                "aigate run: pass, 2 of 2 gates passed"));
        assertThat(outcome.result().stepValues()).containsEntry("score", 100.0).containsKey("ttftP99Ms");
    }

    @Test
    void aPromptSuiteReportsItsPassRate() throws IOException {
        Files.writeString(dir.resolve("scripts.yaml"), """
                rules:
                  - match: {prompt_regex: "capital of France"}
                    respond: {text: Paris.}
                  - match: {prompt_regex: "capital of Spain"}
                    respond: {text: Barcelona.}
                """);
        Path suite = dir.resolve("suite.yaml");
        Files.writeString(suite, """
                scripts: scripts.yaml
                prompts: ["What is the capital of {{country}}?"]
                tests:
                  - {id: france, vars: {country: France}, assert: [{type: icontains, value: paris}]}
                  - {id: spain, vars: {country: Spain}, assert: [{type: icontains, value: madrid}]}
                """);

        Outcome outcome = step(StepCommand.PROMPTS, parameters("config", suite.toString(), "target", "embedded",
                "model", "m", "thresholds", "pass_rate(prompts) >= 50%"));

        assertThat(outcome.run().exitCode()).as(outcome.run().output()).isZero();
        assertThat(outcome.result().kind()).isEqualTo("prompts");
        assertThat(outcome.result().figures()).containsEntry("prompts-pass-rate", 0.5);
        assertThat(outcome.result().stepValues()).containsEntry("promptsPassRate", 0.5);
        assertThat(outcome.build().status()).isEqualTo(BuildStatus.SUCCESS);
    }

    @Test
    void aMarginalCanaryMakesTheBuildUnstableWithItsScore() throws IOException {
        Outcome outcome = step(StepCommand.CANARY, parameters("samples", samples(1.3, 1.3, 1, 1).toString()));

        assertThat(outcome.run().exitCode()).as(outcome.run().output()).isZero();
        assertThat(outcome.result().verdict()).isEqualTo(Verdict.MARGINAL);
        assertThat(outcome.build().status()).isEqualTo(BuildStatus.UNSTABLE);
        assertThat(outcome.build().message()).startsWith("aigate canary: marginal, score 50, 2 of 5 gates failed: "
                + "ttft high: ratio");
        assertThat(outcome.result().stepValues()).containsEntry("score", 50.0).containsEntry("canaryScore", 50.0);
    }

    @Test
    void aCostStepPricesABenchResult() throws IOException {
        step(StepCommand.BENCH, fastBench());
        Path benchResult = dir.resolve("bench").resolve(StepResult.RESULT_JSON);

        Outcome outcome = step(StepCommand.COST, parameters("result", benchResult.toString(), "model",
                "gpt-4o-mini", "requestsPerDay", 10000, "thresholds", "cost(per_1k_requests) < $100"));

        assertThat(outcome.run().exitCode()).as(outcome.run().output()).isZero();
        assertThat(outcome.result().kind()).isEqualTo("cost");
        assertThat(outcome.result().figures()).containsKeys("cost-per-request", "cost-per-1k-requests",
                "cost-per-month");
        assertThat(outcome.result().stepValues()).containsKey("costPer1kRequests");
    }

    @Test
    void anUnreachableTargetIsInconclusiveAndFailsTheBuildUnlessToldOtherwise() throws IOException {
        Map<String, Object> unreachable = parameters("url", "http://127.0.0.1:1/v1", "model", "m", "requests", 2,
                "args", "--retries 0");

        Outcome outcome = step(StepCommand.BENCH, unreachable);

        assertThat(outcome.run().exitCode()).isEqualTo(3);
        assertThat(outcome.build().status()).isEqualTo(BuildStatus.FAILURE);
        assertThat(outcome.build().message()).startsWith("aigate bench: inconclusive: no request completed: 2 sent");
        unreachable.put("inconclusiveAs", "UNSTABLE");
        assertThat(step(StepCommand.BENCH, unreachable).build().status()).isEqualTo(BuildStatus.UNSTABLE);
    }

    @Test
    void badInputWritesNoResultAndFailsWithTheRunnersOwnLine() throws IOException {
        Outcome outcome = step(StepCommand.BENCH, fastBench("thresholds", "p99(ttfx) < 1s"));

        assertThat(outcome.run().exitCode()).isEqualTo(2);
        assertThat(outcome.result()).isNull();
        assertThat(outcome.build().status()).isEqualTo(BuildStatus.FAILURE);
        assertThat(outcome.build().message()).startsWith("aigate bench: ").contains("ttfx")
                .doesNotContain("\n");
    }

    /** Plain samples of ttft, tpot, itl and e2el, the candidate slowed by the given factors. */
    private Path samples(double... factors) throws IOException {
        String[] metrics = {"ttft", "tpot", "itl", "e2el"};
        StringBuilder json = new StringBuilder("{\"metrics\": {");
        for (int m = 0; m < metrics.length; m++) {
            json.append(m == 0 ? "" : ", ").append('"').append(metrics[m]).append("\": {\"baseline\": ")
                    .append(values(1, 2L * m)).append(", \"candidate\": ").append(values(factors[m], 2L * m + 1))
                    .append('}');
        }
        Path file = dir.resolve("samples.json");
        Files.writeString(file, json.append("}}").toString());
        return file;
    }

    private static String values(double factor, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            text.append(i == 0 ? "" : ", ").append(400 * factor + 50 * random.nextGaussian());
        }
        return text.append(']').toString();
    }
}

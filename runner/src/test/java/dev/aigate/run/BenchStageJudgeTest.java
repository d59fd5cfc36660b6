package dev.aigate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.bench.Arrivals;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.Benchmark;
import dev.aigate.bench.FakeModelClient;
import dev.aigate.bench.StopReason;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.Verdict;
import dev.aigate.provider.ErrorKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a bench stage turns a finished run into a verdict when many of its requests failed. */
class BenchStageJudgeTest {

    @Test
    void aRunWhereMostRequestsFailedIsInconclusiveAndSaysWhy() {
        StageResult stage = BenchStage.judge(runWithFailures(3, 4), List.of(), "fake");

        assertThat(stage.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(stage.notes().get(0))
                .contains("3 of 4 requests failed")
                .contains("connection 3")
                .contains("rate(errors)");
    }

    @Test
    void passingLatencyThresholdsDoNotRescueARunThatIsMostlyErrors() {
        StageResult stage = BenchStage.judge(runWithFailures(3, 4), thresholds("p99(ttft) < 10s"), "fake");

        assertThat(stage.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aThresholdOnErrorsJudgesSuchARunItself() {
        BenchResult result = runWithFailures(3, 4);

        assertThat(BenchStage.judge(result, thresholds("rate(errors) < 90%"), "fake").verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(BenchStage.judge(result, thresholds("count(errors) < 2", "p99(ttft) < 10s"), "fake").verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void halfTheRequestsFailingIsStillJudgedByTheThresholds() {
        StageResult stage = BenchStage.judge(runWithFailures(2, 4), List.of(), "fake");

        assertThat(stage.verdict()).isEqualTo(Verdict.PASS);
        assertThat(stage.notes()).anyMatch(note -> note.startsWith("2 of 4 requests failed"));
    }

    @Test
    void abandonedRequestsAreNamedAsSuchInTheNotesAndTheRequestsTable() {
        BenchResult run = runWithFailures(0, 4);
        BenchResult interrupted = new BenchResult(run.spec(), new BenchResult.Requests(4, 3, 1, 0, 1, 0), run.errors(),
                run.errorExamples(), run.latencies(), run.tokens(), run.durationSeconds(), run.window(),
                run.goodRequests(), run.peakConcurrency(), StopReason.INTERRUPTED, run.tally(), 0);

        StageResult stage = BenchStage.judge(interrupted, List.of(), "fake");

        assertThat(stage.notes()).contains("1 of 4 requests failed (abandoned 1)")
                .noneMatch(note -> note.contains("no error kind"));
        assertThat(stage.tables()).filteredOn(table -> table.title().equals("Requests")).singleElement()
                .satisfies(table -> assertThat(table.rows()).contains(List.of("abandoned", "1")));
    }

    @Test
    void anOpenLoopThatFellBehindItsScheduleSaysSoAndHowFar() {
        // 100 arrivals/s into one slot held 40 ms per request: every arrival after the first waits.
        FakeModelClient client = new FakeModelClient(call -> FakeModelClient.Reply.streamed(1, 1, 2)
                .held(Duration.ofMillis(40)));
        BenchResult run = Benchmark.run(BenchSpec.builder().concurrency(1).rate(100.0).arrivals(Arrivals.CONSTANT)
                .requests(6L).inputTokens(8).outputTokens(2).build(), client);

        StageResult stage = BenchStage.judge(run, List.of(), "fake");

        double meanE2el = run.latencies().e2el().meanMillis();
        assertThat(stage.verdict()).isEqualTo(Verdict.PASS);
        assertThat(stage.notes()).filteredOn(note -> note.startsWith("open loop behind its schedule")).singleElement()
                .asString()
                .contains("5 of 6 requests fell due while all 1 slots were busy")
                .containsPattern("client queue p50 \\d+\\.\\d\\d ms, max \\d+\\.\\d\\d ms")
                .containsPattern("; \\d+\\.\\d requests/s completed against the 100 asked for")
                .contains(String.format(Locale.ROOT, "At 100/s with a mean E2EL of %.0f ms, %.1f requests would be in "
                        + "flight on average", meanE2el, 100 * meanE2el / 1000))
                .endsWith("raise concurrency well above that");
        assertThat(stage.tables()).filteredOn(table -> table.title().equals("Requests")).singleElement()
                .satisfies(table -> assertThat(table.rows()).contains(List.of("waited for a slot", "5")));
    }

    @Test
    void aClosedLoopHasNoScheduleToFallBehind() {
        StageResult stage = BenchStage.judge(runWithFailures(0, 4), List.of(), "fake");

        assertThat(stage.notes()).noneMatch(note -> note.contains("schedule"));
        assertThat(stage.tables()).filteredOn(table -> table.title().equals("Requests")).singleElement()
                .satisfies(table -> assertThat(table.rows()).noneMatch(row -> row.get(0).contains("slot")));
    }

    private static List<Threshold> thresholds(String... expressions) {
        return Arrays.stream(expressions).map(ThresholdParser::parse).toList();
    }

    /** A run of {@code sent} requests, one at a time, of which the first {@code failed} fail to connect. */
    private static BenchResult runWithFailures(int failed, int sent) {
        FakeModelClient client = new FakeModelClient(call -> call < failed
                ? FakeModelClient.Reply.failed(ErrorKind.CONNECTION)
                : FakeModelClient.Reply.streamed(1, 1, 2));
        return Benchmark.run(BenchSpec.builder().concurrency(1).requests((long) sent).inputTokens(8)
                .outputTokens(2).build(), client);
    }
}

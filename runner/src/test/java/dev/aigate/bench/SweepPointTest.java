package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.ErrorKind;
import org.junit.jupiter.api.Test;

/** When a sweep's load counts as meeting the SLO attainment of a max-goodput search. */
class SweepPointTest {

    @Test
    void aLoadWhereMostRequestsFailedIsNoMaxGoodputCandidateWhateverTheTarget() {
        BenchResult mostlyFailed = run(3, 4);
        BenchResult halfFailed = run(2, 4);

        assertThat(new SweepResult.Point(8, mostlyFailed, 0.25).meets(0.2)).isFalse();
        assertThat(new SweepResult.Point(8, halfFailed, 0.5).meets(0.2)).isTrue();
    }

    private static BenchResult run(int failed, int sent) {
        FakeModelClient client = new FakeModelClient(call -> call < failed
                ? FakeModelClient.Reply.failed(ErrorKind.HTTP_5XX)
                : FakeModelClient.Reply.streamed(1, 1, 2));
        return Benchmark.run(BenchSpec.builder().concurrency(1).requests((long) sent).inputTokens(8).outputTokens(2)
                .build(), client);
    }
}

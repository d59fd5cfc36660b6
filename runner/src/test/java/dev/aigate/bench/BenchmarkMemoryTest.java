package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.bench.FakeModelClient.Reply;
import org.junit.jupiter.api.Test;

/** A million requests retain no per-request memory (about 5 s on an idle 2-core machine). */
class BenchmarkMemoryTest {

    private static final long MIB = 1024 * 1024;

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void aMillionRequestsRetainNoPerRequestState() {
        Reply reply = Reply.streamed(5, 1, 16);
        FakeModelClient client = FakeModelClient.forgetful(call -> reply);
        BenchSpec spec = BenchSpec.builder().concurrency(4).requests(1_000_000).inputTokens(32).outputTokens(16)
                .build();
        long before = usedHeapAfterGc();

        BenchResult result = Benchmark.run(spec, client);

        long retained = usedHeapAfterGc() - before;
        assertThat(result.requests().completed()).isEqualTo(1_000_000);
        assertThat(result.latencies().itl().count()).isEqualTo(15_000_000);
        assertThat(retained).as("heap retained by the result, MiB").isLessThan(32 * MIB);
    }
}

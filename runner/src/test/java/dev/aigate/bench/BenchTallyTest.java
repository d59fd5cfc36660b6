package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A run's tally merges exactly: shards of a run add up to the run. */
class BenchTallyTest {

    private static final BenchSpec SPEC = BenchSpec.builder().requests(1000).slos(Map.of("ttft", 150.0)).build();

    /** The i-th of a varied set of requests: some fail, some have no usage, latencies spread over decades. */
    private static RequestMeasurement request(int i, Random random) {
        long start = i * 7_000_000L;
        long queue = random.nextInt(3_000_000);
        if (i % 17 == 0) {
            Failure failure = new Failure(ErrorKind.values()[i % ErrorKind.values().length], "failed", 500);
            return new RequestMeasurement(start, start + 5_000_000, queue, new long[0], 0, null, 64, i % 3,
                    failure);
        }
        int events = 1 + random.nextInt(40);
        long[] times = new long[events];
        long t = start + (long) (Math.exp(random.nextGaussian() + 18));
        for (int e = 0; e < events; e++) {
            times[e] = t;
            t += 1_000_000 + random.nextInt(50_000_000);
        }
        OutputTokensSource source = i % 5 == 0 ? OutputTokensSource.TOKENIZER : OutputTokensSource.USAGE;
        return new RequestMeasurement(start, t, queue, times, events, source, 64, i % 2, null);
    }

    private static BenchTally tally(int from, int to) {
        BenchTally tally = new BenchTally();
        ServiceLevels slos = new ServiceLevels(SPEC.slos());
        for (int i = from; i < to; i++) {
            RequestMeasurement request = request(i, new Random(i));
            tally.countSent(i % 7 == 0);
            tally.record(request, slos.metBy(request));
        }
        return tally;
    }

    private static final WallClock CLOCK = new WallClock(1_700_000_000_000_000L, 0);

    @Test
    void twoMergedHalvesReportExactlyWhatTheWholeRunReports() {
        BenchTally firstHalf = tally(0, 500);
        firstHalf.merge(tally(500, 1000));

        BenchResult merged = BenchResult.of(SPEC, firstHalf, 4, StopReason.REQUESTS, CLOCK);
        BenchResult whole = BenchResult.of(SPEC, tally(0, 1000), 4, StopReason.REQUESTS, CLOCK);

        // Equal histograms can encode to different bytes (internal layout); what they hold is in metrics and moments.
        JsonNode mergedJson = merged.toJson().without("histograms");
        JsonNode wholeJson = whole.toJson().without("histograms");
        assertThat(mergedJson).isEqualTo(wholeJson);
        assertThat(whole.requests().failed()).isPositive();
        assertThat(whole.tokens().outputSource()).isEqualTo(OutputTokensSource.MIXED);
        assertThat(whole.goodRequests()).isPositive().isLessThan(whole.requests().completed());
        assertThat(whole.requests().waitedForSlot()).isEqualTo(143);
    }

    @Test
    void abandonedRequestsCountAsFailedUnderNoErrorKind() {
        BenchTally tally = new BenchTally();
        tally.countSent(false);
        tally.countSent(false);

        tally.countAbandoned(2);

        BenchResult result = BenchResult.of(SPEC, tally, 2, StopReason.INTERRUPTED, CLOCK);
        assertThat(result.requests()).isEqualTo(new BenchResult.Requests(2, 0, 2, 0, 2, 0));
        assertThat(result.durationSeconds()).isNull();
        assertThat(result.throughput().requestsPerSecond()).isNull();
    }
}

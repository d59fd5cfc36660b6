package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How load is generated and stopped. Assertions rest on what the fake server saw (calls, most in flight) and on
 * generous bounds, never on tight timings.
 */
class LoadGeneratorTest {

    private final CountDownLatch neverDuringTheTest = new CountDownLatch(1);

    @AfterEach
    void releaseStuckRequests() {
        neverDuringTheTest.countDown();
    }

    private static Reply heldFor(long millis) {
        return Reply.streamed(1, 1, 2).held(Duration.ofMillis(millis));
    }

    @Test
    void closedLoopKeepsExactlyConcurrencyRequestsInFlight() {
        FakeModelClient client = new FakeModelClient(call -> heldFor(20));
        BenchSpec spec = BenchSpec.builder().concurrency(4).requests(40).build();

        BenchResult result = Benchmark.run(spec, client);

        assertThat(client.maxInFlight()).isEqualTo(4);
        assertThat(result.peakConcurrency()).isEqualTo(4);
        assertThat(client.calls()).isEqualTo(40);
        assertThat(result.requests().sent()).isEqualTo(40);
        assertThat(result.stoppedBy()).isEqualTo(StopReason.REQUESTS);
    }

    @Test
    void closedLoopHasNoScheduleAndSoNoClientQueue() {
        BenchResult result = Benchmark.run(BenchSpec.builder().concurrency(2).requests(10).build(),
                new FakeModelClient(call -> heldFor(1)));

        assertThat(result.latencies().clientQueue().count()).isZero();
        assertThat(result.toJson().at("/metrics/client_queue_ms/p99").isNull()).isTrue();
    }

    @Test
    void openLoopReportsTheQueueingOfArrivalsThatFindNoFreeSlot() {
        // 200 arrivals/s (5 ms apart on average) into one slot that each request holds for 20 ms.
        FakeModelClient client = new FakeModelClient(call -> heldFor(20));
        BenchSpec spec = BenchSpec.builder().concurrency(1).rate(200.0).requests(20).seed(7).build();

        BenchResult result = Benchmark.run(spec, client);

        assertThat(client.maxInFlight()).isEqualTo(1);
        LatencyDistribution queue = result.latencies().clientQueue();
        assertThat(queue.count()).isEqualTo(20);
        // The last arrival is due after ~100 ms but is sent after ~400 ms: the backlog only grows.
        assertThat(queue.maxMillis()).isGreaterThan(100);
        assertThat(queue.percentileMillis(50)).isGreaterThan(10);
    }

    /**
     * Constant arrivals into slots that each request holds for a while. One slot held 40 ms with an arrival every
     * 10 ms: all but the first are due while it is busy. Eight slots held 5 ms with an arrival every 20 ms: a worker
     * is always waiting for the next arrival, so none waits.
     */
    @ParameterizedTest(name = "{0} slots, {1}/s, held {2} ms: {4} of {3} waited")
    @CsvSource({"1, 100, 40, 10, 9", "8, 50, 5, 12, 0"})
    void arrivalsDueWhileEverySlotIsBusyAreCountedAsWaitingForASlot(int slots, double rate, long heldMillis,
            long requests, long waited) {
        FakeModelClient client = new FakeModelClient(call -> heldFor(heldMillis));
        BenchSpec spec = BenchSpec.builder().concurrency(slots).rate(rate).arrivals(Arrivals.CONSTANT)
                .requests(requests).build();

        BenchResult result = Benchmark.run(spec, client);

        assertThat(result.requests().sent()).isEqualTo(requests);
        assertThat(result.requests().waitedForSlot()).isEqualTo(waited);
        assertThat(result.toJson().path("requests").path("waited_for_slot").asLong()).isEqualTo(waited);
    }

    @Test
    void openLoopQueueingRunsUntilTheRequestIsWrittenSoTimeSpentConnectingIsReported() {
        // Arrivals 100 ms apart, four free slots, but each request spends 30 ms before it is written (a cold
        // connection, say): it leaves at least 30 ms after its scheduled instant, and client_queue must say so.
        FakeModelClient server = new FakeModelClient(call -> Reply.streamed(1, 1, 2));
        ModelClient connectingSlowly = new ModelClient() {
            @Override
            public Completion send(ModelRequest request, StreamObserver observer) {
                sleepMillis(30);
                return server.send(request, observer);
            }

            @Override
            public void close() {
            }
        };
        BenchSpec spec = BenchSpec.builder().concurrency(4).rate(10.0).arrivals(Arrivals.CONSTANT).requests(5)
                .build();

        BenchResult result = Benchmark.run(spec, connectingSlowly);

        LatencyDistribution queue = result.latencies().clientQueue();
        assertThat(queue.count()).isEqualTo(5);
        assertThat(queue.minMillis()).isGreaterThanOrEqualTo(29.9);
    }

    @Test
    void theClientIsWarmedOnceBeforeTheFirstRequestWithAConnectionPerSlotOfItsShard() {
        FakeModelClient server = new FakeModelClient(call -> Reply.streamed(1, 1, 2));
        AtomicReference<String> warmedBeforeCalls = new AtomicReference<>();
        ModelClient recording = new ModelClient() {
            @Override
            public void warmUp(ModelRequest sample, int connections) {
                warmedBeforeCalls.set(connections + " connections for " + sample.model() + " after "
                        + server.calls() + " calls");
            }

            @Override
            public Completion send(ModelRequest request, StreamObserver observer) {
                return server.send(request, observer);
            }

            @Override
            public void close() {
            }
        };
        BenchSpec spec = BenchSpec.builder().model("m").concurrency(8).requests(10).shard(new Shard(1, 2)).build();

        Benchmark.run(spec, recording);

        assertThat(warmedBeforeCalls.get()).isEqualTo("4 connections for m after 0 calls");
        assertThat(server.calls()).isEqualTo(5);
    }

    @Test
    void openLoopNeverExceedsConcurrency() {
        FakeModelClient client = new FakeModelClient(call -> heldFor(30));
        BenchSpec spec = BenchSpec.builder().concurrency(3).rate(500.0).requests(30).build();

        BenchResult result = Benchmark.run(spec, client);

        assertThat(client.maxInFlight()).isEqualTo(3);
        assertThat(result.requests().completed()).isEqualTo(30);
    }

    @Test
    void aDurationStopsSendingAndWaitsForRequestsInFlight() {
        FakeModelClient client = new FakeModelClient(call -> heldFor(10));
        BenchSpec spec = BenchSpec.builder().concurrency(2).duration(Duration.ofMillis(200)).build();

        long start = System.nanoTime();
        BenchResult result = Benchmark.run(spec, client);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.stoppedBy()).isEqualTo(StopReason.DURATION);
        assertThat(result.requests().sent()).isEqualTo(client.calls()).isGreaterThan(2);
        assertThat(result.requests().completed()).isEqualTo(result.requests().sent());
        assertThat(elapsedMillis).isBetween(200L, 10_000L);
    }

    @Test
    void whicheverOfCountAndDurationComesFirstStopsTheRun() {
        BenchSpec spec = BenchSpec.builder().concurrency(2).requests(5).duration(Duration.ofMinutes(10)).build();

        BenchResult result = Benchmark.run(spec, new FakeModelClient(call -> heldFor(1)));

        assertThat(result.stoppedBy()).isEqualTo(StopReason.REQUESTS);
        assertThat(result.requests().sent()).isEqualTo(5);
    }

    @Test
    void anInterruptStopsTheRunAndReturnsWhatWasGathered() throws Exception {
        FakeModelClient client = new FakeModelClient(call -> heldFor(20));
        BenchSpec spec = BenchSpec.builder().concurrency(2).requests(1_000_000).build();
        AtomicReference<BenchResult> result = new AtomicReference<>();
        AtomicReference<Boolean> interruptFlagKept = new AtomicReference<>();
        Thread run = new Thread(() -> {
            result.set(Benchmark.run(spec, client));
            interruptFlagKept.set(Thread.currentThread().isInterrupted());
        });

        run.start();
        awaitCalls(client, 6);
        run.interrupt();
        run.join(10_000);

        assertThat(run.isAlive()).isFalse();
        BenchResult partial = result.get();
        assertThat(partial.stoppedBy()).isEqualTo(StopReason.INTERRUPTED);
        assertThat(partial.requests().sent()).isEqualTo(client.calls()).isGreaterThanOrEqualTo(6);
        // Requests in flight when interrupted were allowed to finish: nothing is lost or abandoned.
        assertThat(partial.requests().completed()).isEqualTo(partial.requests().sent());
        assertThat(partial.latencies().ttft().count()).isEqualTo(partial.requests().completed());
        assertThat(interruptFlagKept.get()).isTrue();
    }

    @Test
    void anInterruptDoesNotWaitForArrivalsStillToCome() throws Exception {
        // One arrival every 100 s on average: after the first, workers sit waiting for far-off instants.
        FakeModelClient client = new FakeModelClient(call -> heldFor(1));
        BenchSpec spec = BenchSpec.builder().concurrency(2).rate(0.01).requests(100).build();
        AtomicReference<BenchResult> result = new AtomicReference<>();
        Thread run = new Thread(() -> result.set(Benchmark.run(spec, client)));

        run.start();
        awaitCalls(client, 1);
        run.interrupt();
        run.join(10_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(result.get().requests().sent()).isEqualTo(client.calls());
        assertThat(result.get().stoppedBy()).isEqualTo(StopReason.INTERRUPTED);
    }

    @Test
    void requestsThatOutliveTheDrainAreCountedAsAbandonedFailures() throws Exception {
        FakeModelClient client = new FakeModelClient(call -> call < 3 ? heldFor(1)
                : Reply.streamed(1, 1, 2).blockedUntil(neverDuringTheTest));
        BenchSpec spec = BenchSpec.builder().concurrency(2).requests(100).build();
        RunOptions options = RunOptions.DEFAULT.withDrainTimeout(Duration.ofMillis(100));
        AtomicReference<BenchResult> result = new AtomicReference<>();
        Thread run = new Thread(() -> result.set(Benchmark.run(spec, client, options)));

        run.start();
        awaitCalls(client, 5);
        run.interrupt();
        run.join(10_000);

        BenchResult partial = result.get();
        assertThat(partial.requests()).isEqualTo(new BenchResult.Requests(5, 3, 2, 0, 2, 0));
        assertThat(partial.errors().values()).allMatch(count -> count == 0);
    }

    @Test
    void aClientThatThrowsFailsTheRunLoudly() {
        ModelClient broken = new ModelClient() {
            @Override
            public Completion send(ModelRequest request, StreamObserver observer) {
                throw new IllegalStateException("bug in the adapter");
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> Benchmark.run(BenchSpec.builder().requests(3).build(), broken))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("bug in the adapter");
    }

    private static void awaitCalls(FakeModelClient client, int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.calls() < calls && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(client.calls()).isGreaterThanOrEqualTo(calls);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The request plan on a hand-driven clock: warm-up, stop by count or duration, and stop on demand. */
class RequestPlanTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private RequestPlan closedLoop(BenchSpec spec) {
        return new RequestPlan(spec, new BackToBack(), clock::get);
    }

    private static OpenLoopArrivals poisson(double rate, long seed) {
        return new OpenLoopArrivals(rate, 0, new UnitGaps(Arrivals.POISSON, 1, seed));
    }

    private static List<PlannedRequest> drain(RequestPlan plan) {
        List<PlannedRequest> released = new ArrayList<>();
        for (PlannedRequest request = plan.next(); request != null; request = plan.next()) {
            released.add(request);
        }
        return released;
    }

    @Test
    void releasesWarmupRequestsFirstThenTheMeasuredCount() {
        RequestPlan plan = closedLoop(BenchSpec.builder().requests(3).warmupRequests(2).build());

        List<PlannedRequest> released = drain(plan);

        assertThat(released).extracting(PlannedRequest::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(released).extracting(PlannedRequest::warmup).containsExactly(true, true, false, false, false);
        assertThat(released).noneMatch(PlannedRequest::paced);
        assertThat(plan.stopReason()).isEqualTo(StopReason.REQUESTS);
    }

    @Test
    void aDurationCountsFromTheFirstMeasuredRequest() {
        RequestPlan plan = closedLoop(BenchSpec.builder().duration(Duration.ofSeconds(10))
                .warmupDuration(Duration.ofSeconds(2)).build());

        assertThat(plan.next().warmup()).isTrue();
        clock.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(plan.next().warmup()).isFalse();
        clock.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(plan.next()).isNotNull();
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(plan.next()).isNull();
        assertThat(plan.stopReason()).isEqualTo(StopReason.DURATION);
    }

    @Test
    void openLoopRequestsAreDueOnTheirScheduleWhateverTheClockSays() {
        BenchSpec spec = BenchSpec.builder().rate(10.0).requests(50).seed(5).build();
        RequestPlan plan = new RequestPlan(spec, poisson(10.0, 5), clock::get);
        OpenLoopArrivals expected = poisson(10.0, 5);

        List<PlannedRequest> released = drain(plan);

        assertThat(released).hasSize(50).allMatch(PlannedRequest::paced);
        long start = clock.get();
        assertThat(released).extracting(PlannedRequest::dueNanos)
                .containsExactlyElementsOf(released.stream().map(r -> expected.nextDue(start)).toList());
    }

    @Test
    void anOpenLoopRequestTakenByAWorkerThatCameFreeAfterItsDueInstantWaitedForASlot() {
        BenchSpec spec = BenchSpec.builder().rate(10.0).requests(4).build();
        RequestPlan plan = new RequestPlan(spec, new OpenLoopArrivals(10.0, 0,
                new UnitGaps(Arrivals.CONSTANT, 1, 1)), clock::get);

        PlannedRequest first = plan.next();                        // due now, the schedule's start
        PlannedRequest early = plan.next();                        // due in 100 ms, taken at once: a free worker
        long start = first.dueNanos();
        clock.set(start + millis(250));
        PlannedRequest late = plan.next(start + millis(240));      // due at 200 ms, its worker free only at 240 ms
        clock.set(start + millis(300));
        PlannedRequest onTheDot = plan.next(start + millis(300));  // due at 300 ms, its worker free exactly then

        assertThat(List.of(first, early, late, onTheDot)).extracting(PlannedRequest::waitedForSlot)
                .containsExactly(false, false, true, false);
    }

    @Test
    void aWorkerThatWasFreeButSlowToAskKeptNoArrivalWaiting() {
        // The thread was descheduled, or queued on the plan's lock: the arrival is released late, but a slot was free.
        BenchSpec spec = BenchSpec.builder().rate(10.0).requests(3).build();
        RequestPlan plan = new RequestPlan(spec, new OpenLoopArrivals(10.0, 0,
                new UnitGaps(Arrivals.CONSTANT, 1, 1)), clock::get);

        long start = plan.next().dueNanos();
        clock.set(start + millis(180));
        PlannedRequest secondWorkersFirst = plan.next();            // due at 100 ms, its worker idle from the start
        clock.set(start + millis(230));
        PlannedRequest freeBeforeItWasDue = plan.next(start + millis(150)); // due at 200 ms

        assertThat(List.of(secondWorkersFirst, freeBeforeItWasDue)).noneMatch(PlannedRequest::waitedForSlot);
    }

    private static long millis(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }

    @Test
    void aClosedLoopNeverWaitsForASlot() {
        RequestPlan plan = closedLoop(BenchSpec.builder().requests(3).build());

        PlannedRequest first = plan.next();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(List.of(first, plan.next())).noneMatch(PlannedRequest::waitedForSlot);
    }

    @Test
    void requestsDueInTheCooldownAreSentButNotMeasured() {
        RequestPlan plan = closedLoop(BenchSpec.builder().duration(Duration.ofSeconds(10))
                .cooldown(Duration.ofSeconds(2)).build());

        assertThat(plan.next().measured()).isTrue();
        clock.addAndGet(Duration.ofSeconds(7).toNanos());
        assertThat(plan.next().measured()).isTrue();
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        PlannedRequest late = plan.next();
        assertThat(late.cooldown()).isTrue();
        assertThat(late.measured()).isFalse();
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(plan.next()).isNull();
    }

    @Test
    void shardsSplitTheCountsAndTogetherReleaseEveryIndexOnce() {
        List<Long> indices = new ArrayList<>();
        long measured = 0;
        for (int i = 0; i < 3; i++) {
            BenchSpec shard = BenchSpec.builder().concurrency(3).requests(10).warmupRequests(4)
                    .shard(new Shard(i, 3)).build();
            List<PlannedRequest> released = drain(closedLoop(shard));
            released.forEach(request -> indices.add(request.index()));
            measured += released.stream().filter(PlannedRequest::measured).count();
        }

        assertThat(measured).isEqualTo(10);
        assertThat(indices).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.range(0, 14).boxed().toList());
    }

    @Test
    void aStoppedPlanReleasesNothingAndKeepsTheFirstReason() {
        RequestPlan plan = closedLoop(BenchSpec.builder().requests(100).build());
        plan.next();

        plan.stop(StopReason.INTERRUPTED);
        plan.stop(StopReason.DURATION);

        assertThat(plan.next()).isNull();
        assertThat(plan.stopReason()).isEqualTo(StopReason.INTERRUPTED);
    }
}

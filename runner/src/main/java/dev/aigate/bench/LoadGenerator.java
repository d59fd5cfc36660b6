package dev.aigate.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives a {@link RequestPlan} with exactly {@code concurrency} worker threads, one per request in flight. Each worker
 * takes the next request, waits until it is due and sends it, so at most {@code concurrency} requests are ever in
 * flight. In a closed loop requests are due at once (workers send back to back); in an open loop an arrival that
 * finds every worker busy is taken by the first to come free, late, and that lateness is the request's
 * client-side queueing, measured by the handler rather than hidden; the plan marks such a request
 * {@link PlannedRequest#waitedForSlot()}, judged by when its worker came free, not by when it asked. No worker takes
 * a request before all of them are running.
 *
 * <p>Interrupting the thread that called {@link #run} stops the plan: workers waiting for a due instant leave
 * without sending, requests in flight get {@code drainTimeout} to finish, and then {@code run} returns with the
 * calling thread's interrupt flag set again.
 */
final class LoadGenerator {

    private final int concurrency;
    private final RequestPlan plan;
    private final Duration drainTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);

    LoadGenerator(int concurrency, RequestPlan plan, Duration drainTimeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.plan = plan;
        this.drainTimeout = drainTimeout;
    }

    /** Runs the plan to its end and says why it ended. Rethrows, after draining, anything a handler threw. */
    <T> StopReason run(RequestHandler<T> handler) {
        CountDownLatch started = new CountDownLatch(concurrency);
        CountDownLatch finished = new CountDownLatch(concurrency);
        AtomicReference<Throwable> crash = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                try {
                    // The schedule starts at the first release: no request may fall due while workers are still
                    // being started, or thread start-up would pass for busy slots.
                    started.countDown();
                    started.await();
                    work(handler);
                } catch (InterruptedException abandoned) {
                    // Interrupted after the drain timeout: the run has already moved on without this request.
                } catch (RuntimeException | Error e) {
                    crash.compareAndSet(null, e);
                    stop(StopReason.INTERRUPTED);
                } finally {
                    finished.countDown();
                }
            }, "aigate-bench-" + i);
            // A request stuck past the drain timeout must not keep the JVM alive.
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);

        boolean interrupted = false;
        try {
            finished.await();
        } catch (InterruptedException e) {
            interrupted = true;
            stop(StopReason.INTERRUPTED);
            drain(finished, workers, handler);
        }
        if (crash.get() != null) {
            throw new IllegalStateException("a benchmark worker failed: " + crash.get(), crash.get());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return plan.stopReason();
    }

    private <T> void work(RequestHandler<T> handler) throws InterruptedException {
        long freeSince = RequestPlan.FREE_FROM_THE_START;
        for (PlannedRequest request = plan.next(freeSince); request != null; request = plan.next(freeSince)) {
            T prepared = handler.prepare(request);
            if (!awaitDue(request.dueNanos())) {
                return;
            }
            handler.send(request, prepared);
            freeSince = System.nanoTime();
        }
    }

    /** Waits until {@code dueNanos}; false when the run was stopped first (the request is then never sent). */
    private boolean awaitDue(long dueNanos) throws InterruptedException {
        long wait = dueNanos - System.nanoTime();
        if (wait <= 0) {
            return stopped.getCount() > 0;
        }
        return !stopped.await(wait, TimeUnit.NANOSECONDS);
    }

    private void stop(StopReason reason) {
        plan.stop(reason);
        stopped.countDown();
    }

    /** Gives requests in flight the drain timeout to finish, then abandons them and interrupts their workers. */
    private void drain(CountDownLatch finished, List<Thread> workers, RequestHandler<?> handler) {
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (true) {
            try {
                if (!finished.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    handler.abandonInFlight();
                    workers.forEach(Thread::interrupt);
                }
                return;
            } catch (InterruptedException again) {
                // A second interrupt changes nothing: the drain is already bounded.
            }
        }
    }
}

package dev.aigate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.bench.RunOptions;
import dev.aigate.gate.Verdict;
import dev.aigate.report.Report;
import dev.aigate.report.ResultJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets Ctrl-C (SIGINT/SIGTERM) end a run cleanly: the JVM's shutdown hook interrupts the working thread, which
 * stops sending and returns what it measured; the reports are written and the hook waits for that before the JVM
 * exits, so partial results are never lost.
 */
final class Interruptible {

    /**
     * How long the shutdown hook holds the JVM for the reports: a benchmark's drain (requests in flight may still
     * finish, then are abandoned) and then the writing. A hook that gave up with the drain lost every partial result.
     */
    static final Duration GRACE = RunOptions.DEFAULT.drainTimeout().plusSeconds(30);

    private Interruptible() {
    }

    /**
     * Runs {@code work}, publishes its report, and returns the exit code, surviving an interrupt in between. A
     * signal that arrives before the work could measure anything (say, while the simulator starts) still leaves a
     * report of kind {@code kind} that says so.
     */
    static int runAndPublish(String kind, Supplier<Report> work, ReportPublisher publisher, CommonOptions options) {
        Thread worker = Thread.currentThread();
        CountDownLatch published = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            signalled.set(true);
            worker.interrupt();
            awaitQuietly(published);
        }, "aigate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Report report;
            try {
                report = work.get();
            } catch (RuntimeException e) {
                if (!signalled.get()) {
                    throw e;
                }
                report = interruptedEarly(kind);
            }
            // The work has honoured any interrupt by stopping; clear it, or file channels writing the reports
            // would close themselves (ClosedByInterruptException) and the partial results would be lost.
            Thread.interrupted();
            return publisher.publish(report, options);
        } finally {
            published.countDown();
            removeHook(hook);
        }
    }

    private static Report interruptedEarly(String kind) {
        ObjectNode details = ResultJson.MAPPER.createObjectNode();
        details.put("stopped_by", "interrupted");
        return new Report(kind, "interrupted", Verdict.INCONCLUSIVE, List.of(), List.of(), details,
                List.of("interrupted before any result: nothing was measured"), Instant.now());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting on a signal: the hook is running and was waiting for the reports above.
        }
    }
}

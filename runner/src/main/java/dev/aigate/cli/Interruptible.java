package dev.aigate.cli;

import dev.aigate.report.Report;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets Ctrl-C (SIGINT/SIGTERM) end a run cleanly: the JVM's shutdown hook interrupts the working thread, which
 * stops sending and returns what it measured; the reports are written and the hook waits for that before the JVM
 * exits, so partial results are never lost.
 */
final class Interruptible {

    private static final long GRACE_SECONDS = 30;

    private Interruptible() {
    }

    /** Runs {@code work}, publishes its report, and returns the exit code, surviving an interrupt in between. */
    static int runAndPublish(Supplier<Report> work, ReportPublisher publisher, CommonOptions options) {
        Thread worker = Thread.currentThread();
        CountDownLatch published = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            worker.interrupt();
            awaitQuietly(published);
        }, "aigate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Report report = work.get();
            // The work has honoured any interrupt by stopping; clear it, or file channels writing the reports
            // would close themselves (ClosedByInterruptException) and the partial results would be lost.
            Thread.interrupted();
            return publisher.publish(report, options);
        } finally {
            published.countDown();
            removeHook(hook);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(GRACE_SECONDS, TimeUnit.SECONDS);
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

package dev.aigate.gpu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samples every GPU while a run goes on: a child {@code nvidia-smi -lms} prints one line per GPU per interval, a
 * reader thread stamps each line with its monotonic receive time. {@link #stop()} ends the child and returns what
 * was recorded, with a note for anything that went wrong (unparseable lines, a child that died early); sampling
 * problems never fail the run being sampled.
 */
public final class TelemetryRecorder implements AutoCloseable {

    /** The sampling interval the issue asks for. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);

    private static final int MAX_NOTES = 5;

    private final Process process;
    private final Duration interval;
    private final long startNanos;
    private final List<GpuSample> samples = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Thread reader;
    private volatile boolean stopping;
    private TelemetryRecording recording;

    private TelemetryRecorder(Process process, Duration interval) {
        this.process = process;
        this.interval = interval;
        this.startNanos = System.nanoTime();
        this.reader = new Thread(this::readLines, "aigate-gpu-telemetry");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts sampling with {@code nvidiaSmi} every {@code interval}. */
    public static TelemetryRecorder start(NvidiaSmi nvidiaSmi, Duration interval) throws IOException {
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("sampling interval must be at least 1 ms, got " + interval);
        }
        return new TelemetryRecorder(nvidiaSmi.startSampling(interval), interval);
    }

    /** Stops sampling (idempotent) and returns the recording. */
    public synchronized TelemetryRecording stop() {
        if (recording == null) {
            long endNanos = System.nanoTime();
            boolean exitedEarly = !process.isAlive();
            stopping = true;
            if (!exitedEarly) {
                // Process.destroy() also closes our end of its output, so only a live sampler is destroyed: one
                // that died by itself is read to the end first, keeping the lines that say why it died.
                process.destroy();
            }
            join();
            synchronized (samples) {
                if (exitedEarly) {
                    note("nvidia-smi exited with code " + exitCode() + " before sampling was stopped; "
                            + "the summary covers the samples received until then");
                }
                recording = new TelemetryRecording(samples, startNanos, endNanos, interval, notes);
            }
        }
        return recording;
    }

    /** Waits up to {@code limit} for nvidia-smi to exit by itself; true when it has. For tests of a dying sampler. */
    boolean awaitSamplerExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        stop();
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                long received = System.nanoTime();
                if (line.isBlank()) {
                    continue;
                }
                synchronized (samples) {
                    try {
                        samples.add(NvidiaSmiCsv.sample(line, received));
                    } catch (IllegalArgumentException e) {
                        note("nvidia-smi printed a line that is not a sample: '" + line.strip() + "'");
                    }
                }
            }
        } catch (IOException e) {
            if (!stopping) {
                synchronized (samples) {
                    note("reading nvidia-smi failed: " + e.getMessage());
                }
            }
        }
    }

    private void note(String message) {
        if (notes.size() < MAX_NOTES && !notes.contains(message)) {
            notes.add(message);
        }
    }

    private void join() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String exitCode() {
        try {
            return Integer.toString(process.exitValue());
        } catch (IllegalThreadStateException running) {
            return "unknown";
        }
    }
}

package dev.aigate.run;

import dev.aigate.bench.BenchResult;
import dev.aigate.gpu.GpuDetection;
import dev.aigate.gpu.TelemetryRecorder;
import dev.aigate.gpu.TelemetryRecording;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * GPU telemetry alongside a benchmark: samples this machine's GPUs while the run goes on, then keeps the part of the
 * recording over the measured window of the result that is judged ({@link MeasuredTelemetry}). Without a GPU it
 * records nothing and says why.
 */
final class BenchTelemetry implements AutoCloseable {

    private final TelemetryRecorder recorder;
    private final String absentReason;

    private BenchTelemetry(TelemetryRecorder recorder, String absentReason) {
        this.recorder = recorder;
        this.absentReason = absentReason;
    }

    static BenchTelemetry start(Map<String, String> environment) {
        GpuDetection detection = GpuDetection.detect(environment);
        if (!detection.present()) {
            return new BenchTelemetry(null, detection.absentReason());
        }
        try {
            return new BenchTelemetry(TelemetryRecorder.start(detection.nvidiaSmi(),
                    TelemetryRecorder.DEFAULT_INTERVAL), null);
        } catch (IOException e) {
            return new BenchTelemetry(null, "could not start nvidia-smi: " + e.getMessage());
        }
    }

    /**
     * Stops sampling and keeps the telemetry of {@code result}'s measured window, so warm-up is left out of GPU
     * figures as it is of latencies, and energy per output token divides the energy of the same window as the tokens.
     *
     * @param endedTheRun whether {@code result}'s run was the last thing sampled. Then its window is the recording's
     *                    last {@code duration_s} seconds (first measured send → last completion ends just before
     *                    the run returns), on the monotonic clock alone. Otherwise (a sweep judged at an earlier
     *                    point) the result's wall-clock window is mapped onto the monotonic clock by one reading of
     *                    both, which holds while the wall clock is not stepped during the sweep.
     */
    MeasuredTelemetry measured(BenchResult result, boolean endedTheRun) {
        long outputTokens = result.tokens().output();
        if (recorder == null) {
            return MeasuredTelemetry.absent(absentReason);
        }
        TelemetryRecording recording = recorder.stop();
        if (result.durationSeconds() == null) {
            return MeasuredTelemetry.of(recording, outputTokens);
        }
        long durationNanos = Math.round(result.durationSeconds() * 1e9);
        long end = endedTheRun || result.window() == null ? recording.endNanos()
                : monotonicNanos(result.window().lastCompletionEpochMs());
        return MeasuredTelemetry.of(recording.window(end - durationNanos, end), outputTokens);
    }

    private static long monotonicNanos(double epochMillis) {
        Instant wall = Instant.now();
        long mono = System.nanoTime();
        double wallMillis = wall.getEpochSecond() * 1e3 + wall.getNano() / 1e6;
        return mono - Math.round((wallMillis - epochMillis) * 1e6);
    }

    @Override
    public void close() {
        if (recorder != null) {
            recorder.stop();
        }
    }
}

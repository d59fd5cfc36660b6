package dev.aigate.gpu;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code nvidia-smi} program: lists GPUs and streams telemetry. Found on {@code PATH}, or at the path in
 * {@code AIGATE_NVIDIA_SMI} (tests point that at a script that replays recorded output).
 */
public final class NvidiaSmi {

    /** Environment variable naming the nvidia-smi to run instead of the one on PATH. */
    public static final String OVERRIDE_VARIABLE = "AIGATE_NVIDIA_SMI";

    private static final Duration QUERY_LIMIT = Duration.ofSeconds(20);

    private final Path executable;

    public NvidiaSmi(Path executable) {
        this.executable = executable;
    }

    /** The nvidia-smi this environment would run, if any. */
    public static Optional<NvidiaSmi> locate(Map<String, String> environment) {
        return Executables.find("nvidia-smi", OVERRIDE_VARIABLE, environment)
                .map(NvidiaSmi::new);
    }

    public Path executable() {
        return executable;
    }

    /** Lists the GPUs; fails with the program's own first line when it cannot (no driver, no device). */
    public List<GpuInfo> listGpus() throws IOException {
        ProcessOutput result = ProcessOutput.run(
                List.of(executable.toString(), "--query-gpu=" + NvidiaSmiCsv.LIST_FIELDS,
                        "--format=csv,noheader,nounits"),
                null, QUERY_LIMIT);
        if (result.timedOut()) {
            throw new IOException("nvidia-smi did not answer within " + QUERY_LIMIT.toSeconds() + " s");
        }
        if (result.exitCode() != 0) {
            throw new IOException("nvidia-smi failed (exit " + result.exitCode() + "): " + result.firstLine());
        }
        List<GpuInfo> gpus = new ArrayList<>();
        for (String line : result.output().split("\n")) {
            if (!line.isBlank()) {
                try {
                    gpus.add(NvidiaSmiCsv.gpu(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException("unexpected nvidia-smi output: " + e.getMessage(), e);
                }
            }
        }
        return gpus;
    }

    /** Starts {@code nvidia-smi --query-gpu=... -lms N}: one line per GPU every {@code interval}, until stopped. */
    Process startSampling(Duration interval) throws IOException {
        return new ProcessBuilder(executable.toString(), "--query-gpu=" + NvidiaSmiCsv.TELEMETRY_FIELDS,
                "--format=csv,noheader,nounits", "-lms", Long.toString(interval.toMillis()))
                .redirectErrorStream(true)
                .start();
    }
}

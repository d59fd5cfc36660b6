package dev.aigate.fakegpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stand-ins for {@code nvidia-smi} and the CUDA probe, for tests on machines without a GPU: small shell scripts
 * that replay outputs recorded on a real H100 (see {@code dev/aigate/fakegpu/README.md}). Point aigate at them
 * with the {@code AIGATE_NVIDIA_SMI} and {@code AIGATE_GPU_PROBE} environment variables.
 */
public final class FakeGpuTools {

    /** How a replayed {@code -lms} stream ends. */
    public enum Ending {
        /** Starts over, as a real nvidia-smi samples until it is stopped. */
        REPEAT,
        /** Prints a driver error line and exits 15, as nvidia-smi does when it loses the GPU. */
        DIE
    }

    private FakeGpuTools() {
    }

    /** A recorded output, e.g. {@code h100-telemetry-idle.csv}. */
    public static String recording(String name) {
        try (InputStream in = FakeGpuTools.class.getResourceAsStream("/dev/aigate/fakegpu/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An nvidia-smi in {@code dir} that answers the listing query with {@code listing} and the {@code -lms} query
     * with {@code telemetry}, one line every {@code lineMillis}, ending as {@code ending} says.
     */
    public static Path nvidiaSmi(Path dir, String listing, List<String> telemetry, int lineMillis, Ending ending) {
        write(dir.resolve("listing.txt"), listing);
        write(dir.resolve("telemetry.txt"), String.join("\n", telemetry) + "\n");
        String sleep = String.format(java.util.Locale.ROOT, "%.3f", lineMillis / 1000.0);
        String replay = "while IFS= read -r line; do echo \"$line\"; sleep " + sleep + "; done < '" + dir.resolve(
                "telemetry.txt") + "'";
        String stream = ending == Ending.REPEAT
                ? "while true; do " + replay + "; done"
                : replay + "; echo 'Unable to determine the device handle for GPU0000:00:06.0: Unknown Error'; exit 15";
        return script(dir.resolve("nvidia-smi"), "case \"$*\" in\n"
                + "  *-lms*) " + stream + " ;;\n"
                + "  *) cat '" + dir.resolve("listing.txt") + "' ;;\n"
                + "esac\n");
    }

    /** An nvidia-smi that fails as it does on a machine whose driver is not loaded. */
    public static Path brokenNvidiaSmi(Path dir) {
        return script(dir.resolve("nvidia-smi"), "echo \"NVIDIA-SMI has failed because it couldn't communicate with "
                + "the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\"\nexit 9\n");
    }

    /** A probe in {@code dir} that prints {@code output} and exits with {@code exitCode}. */
    public static Path probe(Path dir, String output, int exitCode) {
        write(dir.resolve("probe-output.json"), output);
        return script(dir.resolve("aigate-probe"), "cat '" + dir.resolve("probe-output.json") + "'\nexit " + exitCode
                + "\n");
    }

    private static Path script(Path path, String body) {
        write(path, "#!/bin/sh\n" + body);
        if (!path.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + path + " executable");
        }
        return path;
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

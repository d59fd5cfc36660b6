package dev.aigate.gpu.probe;

import dev.aigate.gpu.ProcessOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the CUDA probe: the binary bundled in the jar when it fits this machine and card, else one compiled from
 * the bundled source with the local nvcc ({@code -arch=native}). {@code AIGATE_GPU_PROBE} names a probe to run
 * instead (tests use a script that prints recorded output).
 */
public final class ProbeExecutable {

    /** Environment variable naming a probe program to run instead of the bundled one. */
    public static final String OVERRIDE_VARIABLE = "AIGATE_GPU_PROBE";

    /** Environment variable naming the nvcc to build the probe with. */
    public static final String NVCC_VARIABLE = "AIGATE_NVCC";

    static final String RESOURCES = "/dev/aigate/gpu/probe/";
    static final String SOURCE = "aigate_probe.cu";
    static final String BUNDLED_TARGETS = "sm_75, sm_80, sm_90, PTX compute_90";

    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(5);

    /** Error names meaning the binary holds no code this card can run: build one for it instead. */
    private static final List<String> NO_CODE_FOR_CARD = List.of("cudaErrorNoKernelImageForDevice",
            "cudaErrorUnsupportedPtxVersion", "cudaErrorInvalidDeviceFunction");

    private ProbeExecutable() {
    }

    /** Runs the probe once and parses what it printed. */
    public static ProbeRun run(Map<String, String> environment) throws ProbeException {
        String override = environment.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new ProbeRun(execute(Path.of(override)), override);
        }
        Path work = temporaryDirectory();
        try {
            Optional<Path> bundled = extract(bundledBinaryName(), work, true);
            if (bundled.isPresent()) {
                try {
                    return new ProbeRun(execute(bundled.get()), "bundled (" + BUNDLED_TARGETS + ")");
                } catch (ProbeException e) {
                    if (NO_CODE_FOR_CARD.stream().noneMatch(e.getMessage()::contains)) {
                        throw e;
                    }
                }
            }
            Path built = build(work, environment, bundled.isPresent()
                    ? "the bundled binary has no code for this card" : "no bundled binary for " + platform());
            return new ProbeRun(execute(built), "compiled here with nvcc -arch=native");
        } finally {
            deleteQuietly(work);
        }
    }

    private static ProbeOutput execute(Path probe) throws ProbeException {
        ProcessOutput result;
        try {
            result = ProcessOutput.run(List.of(probe.toString()), null, RUN_LIMIT);
        } catch (IOException e) {
            throw new ProbeException("cannot run the probe " + probe + ": " + e.getMessage());
        }
        if (result.timedOut()) {
            throw new ProbeException("the probe did not finish within " + RUN_LIMIT.toMinutes() + " minutes");
        }
        ProbeOutput output = ProbeOutput.parse(result.output());
        if (result.exitCode() != 0) {
            throw new ProbeException("the probe exited with code " + result.exitCode() + ": " + result.firstLine());
        }
        return output;
    }

    private static Path build(Path work, Map<String, String> environment, String why) throws ProbeException {
        Path nvcc = dev.aigate.gpu.Executables.find("nvcc", NVCC_VARIABLE, environment,
                Path.of("/usr/local/cuda/bin/nvcc")).orElseThrow(() -> new ProbeException(
                        why + ", and nvcc is not installed to build one from the bundled source"));
        Path source = extract(SOURCE, work, false).orElseThrow(
                () -> new ProbeException("the jar lacks the probe source " + SOURCE));
        Path binary = work.resolve("aigate-probe");
        ProcessOutput compiled;
        try {
            compiled = ProcessOutput.run(List.of(nvcc.toString(), "-O3", "-std=c++17", "-arch=native", "-o",
                    binary.toString(), source.toString()), work, BUILD_LIMIT);
        } catch (IOException e) {
            throw new ProbeException("cannot run nvcc at " + nvcc + ": " + e.getMessage());
        }
        if (compiled.exitCode() != 0) {
            throw new ProbeException("nvcc could not build the probe (exit " + compiled.exitCode() + "): "
                    + compiled.firstLine());
        }
        return binary;
    }

    /** The bundled binary's name for this JVM's platform, e.g. {@code aigate-probe-linux-x86_64}. */
    static String bundledBinaryName() {
        return "aigate-probe-" + platform();
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return (os.startsWith("linux") ? "linux" : os.replace(' ', '_')) + "-" + machine;
    }

    private static Optional<Path> extract(String name, Path work, boolean executable) throws ProbeException {
        try (InputStream in = ProbeExecutable.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return Optional.empty();
            }
            Path target = work.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            if (executable && !target.toFile().setExecutable(true, true)) {
                throw new ProbeException("cannot make " + target + " executable");
            }
            return Optional.of(target);
        } catch (IOException e) {
            throw new ProbeException("cannot unpack " + name + ": " + e.getMessage());
        }
    }

    private static Path temporaryDirectory() throws ProbeException {
        try {
            return Files.createTempDirectory("aigate-probe");
        } catch (IOException e) {
            throw new ProbeException("cannot create a temporary directory: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}

package dev.aigate.container;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model-server container to launch for a gate: which image, how to start it, how to reach it, and when it is
 * ready. Build one with {@link #builder(String)}.
 *
 * @param image        the image, e.g. {@code vllm/vllm-openai:v0.8.5}; pulled when not present locally
 * @param entrypoint   replaces the image's entrypoint; empty keeps it
 * @param command      arguments (the image's CMD); empty keeps the image's
 * @param env          environment variables of the server, written out
 * @param passEnv      names of variables copied from aigate's own environment, as {@code docker run -e NAME}
 *                     does: the way to hand a server a secret such as {@code HF_TOKEN} without writing it down
 * @param port         the port the server listens on inside the container; published on 127.0.0.1 only
 * @param basePath     the API's base path, e.g. {@code /v1}; clients get {@code http://127.0.0.1:PORT/v1}
 * @param volumes      mounts, e.g. the model cache ({@code ~/.cache/huggingface} → {@code /root/.cache/huggingface})
 * @param gpus         GPUs to hand the container, as {@code docker run --gpus} does
 * @param readyPaths   paths polled until one answers 2xx, in order (vLLM, TGI and SGLang serve {@code /health})
 * @param readyTimeout how long loading the model may take before the launch is given up
 * @param logFile      where the server's logs are kept when it stops, or null to keep them in memory only
 */
public record ContainerSpec(
        String image,
        List<String> entrypoint,
        List<String> command,
        Map<String, String> env,
        List<String> passEnv,
        int port,
        String basePath,
        List<VolumeMount> volumes,
        GpuRequest gpus,
        List<String> readyPaths,
        Duration readyTimeout,
        Path logFile) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BASE_PATH = "/v1";
    public static final List<String> DEFAULT_READY_PATHS = List.of("/health", "/v1/models");
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(10);

    public ContainerSpec {
        Objects.requireNonNull(image, "image");
        if (image.isBlank()) {
            throw new IllegalArgumentException("the container image is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the container port must be between 1 and 65535, got " + port);
        }
        if (readyPaths.isEmpty()) {
            throw new IllegalArgumentException("at least one readiness path is needed, e.g. /health");
        }
        if (readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("the readiness timeout must be positive");
        }
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        env = Map.copyOf(env);
        passEnv = List.copyOf(passEnv);
        volumes = List.copyOf(volumes);
        readyPaths = List.copyOf(readyPaths);
        Objects.requireNonNull(gpus, "gpus");
    }

    /**
     * The server's environment as {@code NAME=value} entries: {@link #env()} plus each {@link #passEnv()} variable
     * read from {@code environment}.
     *
     * @throws ContainerException when a variable to pass is not set
     */
    public List<String> environmentFor(Map<String, String> environment) {
        Map<String, String> all = new LinkedHashMap<>(env);
        for (String name : passEnv) {
            String value = environment.get(name);
            if (value == null) {
                throw new ContainerException("pass_env: variable " + name + " is not set in aigate's environment");
            }
            all.put(name, value);
        }
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    public static Builder builder(String image) {
        return new Builder(image);
    }

    /** A copy with a different image: a canary's candidate is usually its baseline with a new tag. */
    public ContainerSpec withImage(String otherImage) {
        return new ContainerSpec(otherImage, entrypoint, command, env, passEnv, port, basePath, volumes, gpus, readyPaths,
                readyTimeout, logFile);
    }

    public ContainerSpec withLogFile(Path file) {
        return new ContainerSpec(image, entrypoint, command, env, passEnv, port, basePath, volumes, gpus, readyPaths,
                readyTimeout, file);
    }

    /** Builds a {@link ContainerSpec}; everything but the image has a default. */
    public static final class Builder {
        private final String image;
        private List<String> entrypoint = List.of();
        private List<String> command = List.of();
        private final Map<String, String> env = new LinkedHashMap<>();
        private List<String> passEnv = List.of();
        private int port = DEFAULT_PORT;
        private String basePath = DEFAULT_BASE_PATH;
        private List<VolumeMount> volumes = List.of();
        private GpuRequest gpus = GpuRequest.NONE;
        private List<String> readyPaths = DEFAULT_READY_PATHS;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private Path logFile;

        private Builder(String image) {
            this.image = image;
        }

        public Builder entrypoint(List<String> value) {
            entrypoint = value;
            return this;
        }

        public Builder command(List<String> value) {
            command = value;
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder passEnv(List<String> names) {
            passEnv = names;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder basePath(String value) {
            basePath = value;
            return this;
        }

        public Builder volumes(List<VolumeMount> value) {
            volumes = value;
            return this;
        }

        public Builder gpus(GpuRequest value) {
            gpus = value;
            return this;
        }

        public Builder readyPaths(List<String> value) {
            readyPaths = value;
            return this;
        }

        public Builder readyTimeout(Duration value) {
            readyTimeout = value;
            return this;
        }

        public Builder logFile(Path value) {
            logFile = value;
            return this;
        }

        public ContainerSpec build() {
            return new ContainerSpec(image, entrypoint, command, env, passEnv, port, basePath, volumes, gpus, readyPaths,
                    readyTimeout, logFile);
        }
    }
}

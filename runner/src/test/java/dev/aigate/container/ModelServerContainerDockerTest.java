package dev.aigate.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.Benchmark;
import dev.aigate.config.GateFile;
import dev.aigate.config.GateFileParser;
import dev.aigate.gate.Verdict;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.report.Report;
import dev.aigate.run.GateRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real Docker engine: the simulator launched as a container from the action image
 * ({@code aigate simulate --host 0.0.0.0}), benchmarked, and removed afterwards — also when the run fails, the
 * server dies, or the run is interrupted.
 */
@RequiresDocker
class ModelServerContainerDockerTest {

    private static DockerClient docker;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        docker = DockerEngine.connect();
    }

    @AfterAll
    static void disconnect() {
        DockerEngine.closeQuietly(docker);
    }

    @AfterEach
    void nothingIsLeftRunning() {
        assertThat(ours()).as("containers this test process started and did not remove").isEmpty();
    }

    static ContainerSpec.Builder simulator(String... extraArgs) {
        List<String> command = new java.util.ArrayList<>(List.of("-jar", "/opt/aigate/aigate.jar", "simulate",
                "--host", "0.0.0.0", "--port", "8000", "--profile", "fast"));
        command.addAll(List.of(extraArgs));
        return ContainerSpec.builder(DockerTests.image())
                .entrypoint(List.of("java"))
                .command(command)
                .readyTimeout(Duration.ofMinutes(2));
    }

    @Test
    void launchesTheSimulatorBenchmarksItAndRemovesIt() throws Exception {
        String id;
        BenchResult result;
        try (ModelServerContainer server = ModelServerContainer.start(simulator().build(), Map.of());
                ModelClient client = ModelClients.create(ProviderConfig.openAi(server.baseUrl(), "sim")
                        .withApiKeyEnv(null).withConcurrency(4).withRetry(RetryPolicy.NONE), Map.of())) {
            id = server.id();
            assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            assertThat(ours()).extracting(Container::getId).containsExactly(id);
            result = Benchmark.run(BenchSpec.builder().concurrency(4).requests(24L).inputTokens(32).outputTokens(8)
                    .build(), client);
            assertThat(server.logs()).contains("aigate simulator listening on");
        }
        assertThat(result.requests().completed()).isEqualTo(24);
        assertThat(result.requests().failed()).isZero();
        assertThat(ours()).isEmpty();
    }

    @Test
    void aGateFileTargetLaunchesItsContainerAndKeepsItsLogs() throws Exception {
        Path gate = dir.resolve("aigate.yaml");
        Files.writeString(gate, String.join("\n",
                "name: container-gate",
                "target:",
                "  model: sim",
                "  container:",
                "    image: " + DockerTests.image(),
                "    entrypoint: [java]",
                "    command: -jar /opt/aigate/aigate.jar simulate --host 0.0.0.0 --port 8000 --profile fast",
                "    ready_path: /health",
                "    logs: server.log",
                "bench: {concurrency: 4, requests: 16, output_tokens: 8}",
                "thresholds:",
                "  - rate(errors) < 1%",
                ""));
        GateFile parsed = GateFileParser.parse(gate);

        Report report = GateRun.run(parsed, List.of(), Map.of());

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.notes()).anyMatch(n -> n.contains("container " + DockerTests.image()));
        assertThat(Files.readString(dir.resolve("server.log"))).contains("aigate simulator listening on");
        assertThat(ours()).isEmpty();
    }

    @Test
    void aRunThatFailsStillRemovesTheContainer() {
        AtomicReference<String> id = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try (ModelServerContainer server = ModelServerContainer.start(simulator().build(), Map.of())) {
                id.set(server.id());
                throw new IllegalStateException("the benchmark broke");
            }
        }).hasMessage("the benchmark broke");
        assertThat(id.get()).isNotNull();
        assertThat(ours()).isEmpty();
    }

    @Test
    void aServerThatExitsFailsTheLaunchWithItsLogsAndIsRemoved() {
        ContainerSpec broken = simulator().command(List.of("-jar", "/opt/aigate/aigate.jar", "simulate", "--host",
                "0.0.0.0", "--profile", "no-such-profile")).build();

        assertThatThrownBy(() -> ModelServerContainer.start(broken, Map.of()))
                .isInstanceOf(ContainerException.class)
                .hasMessageContaining("did not become ready: the server exited with code 2")
                .hasMessageContaining("unknown simulator profile 'no-such-profile'");
        assertThat(ours()).isEmpty();
    }

    @Test
    void gpusAreRequestedFromTheEngineAsDockerRunGpusDoes() {
        assumeFalse(docker.infoCmd().exec().getRuntimes().containsKey("nvidia"),
                "this engine has the NVIDIA runtime; the request would succeed");
        ContainerSpec gpu = simulator().gpus(GpuRequest.ALL).build();

        // Without NVIDIA's runtime the engine refuses exactly what `docker run --gpus all` asks for.
        assertThatThrownBy(() -> ModelServerContainer.start(gpu, Map.of()))
                .isInstanceOf(ContainerException.class)
                .hasMessageContaining("cannot start " + DockerTests.image())
                .hasMessageContaining("capabilities: [[gpu]]");
        assertThat(ours()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsRemoved() {
        ContainerSpec silent = simulator().readyPaths(List.of("/never")).readyTimeout(Duration.ofSeconds(20)).build();

        assertThatThrownBy(() -> ModelServerContainer.start(silent, Map.of()))
                .isInstanceOf(ContainerException.class)
                .hasMessageContaining("not ready after 20 s (last probe: /never: HTTP 404)");
        assertThat(ours()).isEmpty();
    }

    @Test
    void anInterruptWhileWaitingRemovesTheContainer() throws Exception {
        // Ctrl-C interrupts the working thread (cli.Interruptible); here the server never becomes ready.
        ContainerSpec slow = simulator().readyPaths(List.of("/never")).readyTimeout(Duration.ofMinutes(5)).build();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                ModelServerContainer.start(slow, Map.of()).close();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        worker.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ours().stream().noneMatch(c -> "running".equals(c.getState())) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ours()).as("the container runs").extracting(Container::getState).containsExactly("running");
        Thread.sleep(500); // well into the readiness polls

        worker.interrupt();

        assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(ours()).isEmpty();
    }

    @Test
    void aSignalToTheCliRemovesTheContainerOfItsGate() throws Exception {
        // SIGTERM (CI cancelling a job; Ctrl-C takes the same path) to a separate aigate process mid-benchmark.
        Path gate = dir.resolve("aigate.yaml");
        Files.writeString(gate, String.join("\n",
                "target:",
                "  model: sim",
                "  container:",
                "    image: " + DockerTests.image(),
                "    entrypoint: [java]",
                "    command: -jar /opt/aigate/aigate.jar simulate --host 0.0.0.0 --port 8000 --profile fast",
                "bench: {concurrency: 2, duration: 5m, output_tokens: 8}",
                ""));
        List<String> before = managed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process aigate = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                dev.aigate.cli.AigateCli.class.getName(), "run", gate.toString(), "--out", dir.resolve("out").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        String started = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (started == null && System.nanoTime() < deadline) {
                started = managed().stream().filter(id -> !before.contains(id)).findFirst().orElse(null);
                Thread.sleep(200);
            }
            assertThat(started).as(Files.readString(dir.resolve("console.txt"))).isNotNull();
            Thread.sleep(5000); // ready and under load

            aigate.destroy();

            assertThat(aigate.waitFor(60, TimeUnit.SECONDS)).as("exits after the signal").isTrue();
        } finally {
            aigate.destroyForcibly();
        }
        assertThat(managed()).as(Files.readString(dir.resolve("console.txt"))).doesNotContain(started);
        assertThat(Files.readString(dir.resolve("out/summary.md"))).contains("interrupted");
    }

    @Test
    void baselineAndCandidateRunSideBySide() throws Exception {
        ContainerSpec baseline = simulator().build();
        ContainerSpec candidate = simulator("--ttft", "40ms", "--itl", "5ms").build();
        try (ContainerPair pair = ContainerPair.start(baseline, candidate, Map.of())) {
            assertThat(pair.baseline().baseUrl()).isNotEqualTo(pair.candidate().baseUrl());
            assertThat(ours()).hasSize(2);
            for (ModelServerContainer server : List.of(pair.baseline(), pair.candidate())) {
                try (ModelClient client = ModelClients.create(ProviderConfig.openAi(server.baseUrl(), "sim")
                        .withApiKeyEnv(null).withConcurrency(2), Map.of())) {
                    assertThat(Benchmark.run(BenchSpec.builder().concurrency(2).requests(4L).outputTokens(4).build(),
                            client).requests().completed()).isEqualTo(4);
                }
            }
        }
        assertThat(ours()).isEmpty();
    }

    @Test
    void aLiveCanaryInAGateFileRunsBaselineAndCandidateImagesSideBySide() throws Exception {
        Path gate = dir.resolve("canary.yaml");
        String server = "    container: {image: " + DockerTests.image() + ", entrypoint: [java], command: -jar "
                + "/opt/aigate/aigate.jar simulate --host 0.0.0.0 --port 8000 --ttft 30ms --itl 5ms}";
        Files.writeString(gate, String.join("\n",
                "name: container-canary",
                "targets:",
                "  baseline:",
                "    model: sim",
                server,
                "  candidate:",
                "    model: sim",
                server,
                "canary:",
                "  live: {baseline: baseline, candidate: candidate, duration: 6s, concurrency: 2, output_tokens: 8}",
                ""));

        Report report = GateRun.run(GateFileParser.parse(gate), List.of(), Map.of());

        assertThat(report.verdict()).as(report.notes().toString()).isIn(Verdict.PASS, Verdict.MARGINAL);
        assertThat(report.details().at("/stages/canary/verdict").asText()).isIn("pass", "marginal");
        assertThat(ours()).isEmpty();
    }

    /** Ids of every container aigate manages on this engine, from any process. */
    static List<String> managed() {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ModelServerContainer.MANAGED_LABEL, "true")).exec()
                .stream().map(Container::getId).toList();
    }

    /** Containers of this test process, running or not. */
    static List<Container> ours() {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ModelServerContainer.SESSION_LABEL, ModelServerContainer.SESSION)).exec();
    }
}

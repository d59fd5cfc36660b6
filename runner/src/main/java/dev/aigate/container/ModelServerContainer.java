package dev.aigate.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A model server running in a container for the length of a gate: launched from a {@link ContainerSpec}, its API
 * published on 127.0.0.1, polled until ready, and on {@link #close()} stopped and removed with its logs kept.
 * Closing is idempotent and runs on every path out — failure, Ctrl-C (a shutdown hook removes what the run could
 * not) — so no container outlives its gate.
 */
public final class ModelServerContainer implements AutoCloseable {

    /** Every container aigate starts carries this label, so stray ones can be found ({@code docker ps -f label=}). */
    public static final String MANAGED_LABEL = "dev.aigate.managed";
    /** Identifies the aigate process that started a container. */
    public static final String SESSION_LABEL = "dev.aigate.session";
    /** This process's session id. */
    public static final String SESSION = UUID.randomUUID().toString();

    private static final int STOP_SECONDS = 10;
    private static final Duration PULL_TIMEOUT = Duration.ofMinutes(30);

    private final DockerClient docker;
    private final boolean ownsClient;
    private final ContainerSpec spec;
    private final String id;
    private final String name;
    private int hostPort;
    private String finalLogs;
    private boolean closed;

    private ModelServerContainer(DockerClient docker, boolean ownsClient, ContainerSpec spec, String id, String name) {
        this.docker = docker;
        this.ownsClient = ownsClient;
        this.spec = spec;
        this.id = id;
        this.name = name;
    }

    /**
     * Launches a container and waits until it is ready, on its own connection to the local Docker engine.
     *
     * @param environment where {@link ContainerSpec#passEnv()} variables are read from
     * @throws ContainerException when it cannot start or does not become ready (it is removed first)
     * @throws InterruptedException when the run is stopped while waiting (it is removed first)
     */
    public static ModelServerContainer start(ContainerSpec spec, Map<String, String> environment)
            throws InterruptedException {
        DockerClient docker = DockerEngine.connect();
        ModelServerContainer container;
        try {
            container = launch(docker, true, spec, environment);
        } catch (RuntimeException e) {
            DockerEngine.closeQuietly(docker);
            throw e;
        }
        return container.ready();
    }

    /** Like {@link #start(ContainerSpec, Map)} on a client the caller owns (and closes). */
    public static ModelServerContainer start(DockerClient docker, ContainerSpec spec, Map<String, String> environment)
            throws InterruptedException {
        return launch(docker, false, spec, environment).ready();
    }

    /** Creates and starts the container without waiting for it; pair with {@link #awaitReady()}. */
    static ModelServerContainer launch(DockerClient docker, boolean ownsClient, ContainerSpec spec,
            Map<String, String> environment) {
        List<String> env = spec.environmentFor(environment);
        Redactor.global().registerSecretsFrom(spec.env()); // a key written into the gate file is masked in output too
        ensureImage(docker, spec.image());
        String name = "aigate-" + UUID.randomUUID().toString().substring(0, 8);
        ExposedPort api = ExposedPort.tcp(spec.port());
        Ports ports = new Ports();
        ports.bind(api, Ports.Binding.bindIp("127.0.0.1")); // a free host port, on loopback only
        HostConfig host = HostConfig.newHostConfig()
                .withPortBindings(ports)
                .withBinds(spec.volumes().stream().map(ModelServerContainer::bind).toList());
        if (!spec.gpus().none()) {
            host.withDeviceRequests(List.of(deviceRequest(spec.gpus())));
        }
        String id;
        try {
            var create = docker.createContainerCmd(spec.image())
                    .withName(name)
                    .withLabels(Map.of(MANAGED_LABEL, "true", SESSION_LABEL, SESSION))
                    .withEnv(env)
                    .withExposedPorts(api)
                    .withHostConfig(host);
            if (!spec.entrypoint().isEmpty()) {
                create.withEntrypoint(spec.entrypoint());
            }
            if (!spec.command().isEmpty()) {
                create.withCmd(spec.command());
            }
            id = create.exec().getId();
        } catch (DockerException e) {
            throw new ContainerException("cannot create a container from " + spec.image() + ": "
                    + DockerEngine.rootMessage(e), e);
        }
        ModelServerContainer container = new ModelServerContainer(docker, ownsClient, spec, id, name);
        LiveContainers.add(container);
        try {
            docker.startContainerCmd(id).exec();
            container.hostPort = publishedPort(docker.inspectContainerCmd(id).exec(), api);
            return container;
        } catch (RuntimeException e) {
            boolean stopped = Thread.currentThread().isInterrupted(); // Ctrl-C closes the engine connection
            container.close();
            if (e instanceof ContainerException) {
                throw e;
            }
            throw new ContainerException((stopped ? "stopped while starting " : "cannot start ") + spec.image()
                    + " (" + name + ")" + (stopped ? "" : ": " + DockerEngine.rootMessage(e)), e);
        }
    }

    /** Waits until the server answers a readiness path, or fails with the tail of its logs. */
    public void awaitReady() throws InterruptedException {
        try {
            new ReadinessProbe().await(URI.create("http://127.0.0.1:" + hostPort), spec.readyPaths(),
                    spec.readyTimeout(), this::exitReason);
        } catch (ContainerException e) {
            throw new ContainerException(spec.image() + " (" + name + ") did not become ready: " + e.getMessage()
                    + unreachableHint(e.getMessage()) + ContainerLogs.tailForError(ContainerLogs.fetch(docker, id)), e);
        }
    }

    private ModelServerContainer ready() throws InterruptedException {
        try {
            awaitReady();
            return this;
        } catch (InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The API's base URL on this machine, e.g. {@code http://127.0.0.1:49153/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + hostPort + spec.basePath();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ContainerSpec spec() {
        return spec;
    }

    /** What the server has printed so far (stdout and stderr); after {@link #close()}, everything it printed. */
    public synchronized String logs() {
        return closed ? finalLogs : ContainerLogs.fetch(docker, id);
    }

    /**
     * Stops and removes the container, keeping its logs (and writing them, redacted, to the spec's log file).
     * Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        // A stopped run (Ctrl-C) arrives here interrupted; clean up regardless, then restore the interrupt.
        boolean interrupted = Thread.interrupted();
        try {
            finalLogs = ContainerLogs.fetch(docker, id);
            stopQuietly();
            removeQuietly();
            writeLogFile();
        } finally {
            closed = true;
            LiveContainers.remove(this);
            if (ownsClient) {
                DockerEngine.closeQuietly(docker);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Optional<String> exitReason() {
        try {
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
            if (Boolean.TRUE.equals(state.getRunning())) {
                return Optional.empty();
            }
            return Optional.of("the server exited with code " + state.getExitCodeLong());
        } catch (NotFoundException e) {
            return Optional.of("the container is gone");
        }
    }

    /** Refused connections to a running server usually mean aigate is not on the engine's host (docs/containers.md). */
    private static String unreachableHint(String problem) {
        if (!problem.contains("ConnectException")) {
            return "";
        }
        return " (the port is published on the Docker host's 127.0.0.1: aigate must run on that host, not in another"
                + " container)";
    }

    private void stopQuietly() {
        try {
            docker.stopContainerCmd(id).withTimeout(STOP_SECONDS).exec();
        } catch (NotModifiedException | NotFoundException alreadyStopped) {
            // Nothing to stop.
        } catch (RuntimeException e) {
            // Removal below forces it anyway.
        }
    }

    private void removeQuietly() {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException alreadyGone) {
            // Removed already.
        } catch (RuntimeException e) {
            throw new ContainerException("cannot remove container " + name + " (" + id + "); remove it with "
                    + "'docker rm -f " + name + "': " + DockerEngine.rootMessage(e), e);
        }
    }

    private void writeLogFile() {
        if (spec.logFile() == null) {
            return;
        }
        try {
            if (spec.logFile().getParent() != null) {
                Files.createDirectories(spec.logFile().getParent());
            }
            Files.writeString(spec.logFile(), Redactor.global().redact(finalLogs), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContainerException("cannot write the server's logs to " + spec.logFile() + ": " + e.getMessage(),
                    e);
        }
    }

    private static void ensureImage(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException missing) {
            // Pull it below.
        }
        try {
            if (!docker.pullImageCmd(image).exec(new PullImageResultCallback())
                    .awaitCompletion(PULL_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                throw new ContainerException("pulling " + image + " took longer than " + PULL_TIMEOUT.toMinutes()
                        + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerException("stopped while pulling " + image, e);
        } catch (DockerException e) {
            throw new ContainerException("image " + image + " is not on this machine and cannot be pulled: "
                    + DockerEngine.rootMessage(e), e);
        }
    }

    private static Bind bind(VolumeMount mount) {
        return new Bind(mount.source(), new Volume(mount.target()), mount.readOnly() ? AccessMode.ro : AccessMode.rw);
    }

    /** The engine's form of {@code --gpus}: capability "gpu", a count (-1 = all) or device ids. */
    static DeviceRequest deviceRequest(GpuRequest gpus) {
        DeviceRequest request = new DeviceRequest().withCapabilities(List.of(List.of("gpu")));
        return gpus.deviceIds().isEmpty() ? request.withCount(gpus.count()) : request.withDeviceIds(gpus.deviceIds());
    }

    private static int publishedPort(InspectContainerResponse info, ExposedPort api) {
        Ports.Binding[] bindings = info.getNetworkSettings().getPorts().getBindings().get(api);
        if (bindings == null || bindings.length == 0 || bindings[0].getHostPortSpec() == null) {
            throw new ContainerException("the engine published no host port for " + api);
        }
        return Integer.parseInt(bindings[0].getHostPortSpec());
    }

    @Override
    public String toString() {
        return spec.image() + " (" + name + ", " + baseUrl() + ")";
    }
}

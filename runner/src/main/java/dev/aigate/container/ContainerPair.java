package dev.aigate.container;

import com.github.dockerjava.api.DockerClient;
import java.util.Map;

/**
 * A baseline and a candidate model server side by side, for a live canary: both launched at once (models load in
 * parallel), both ready before either is measured, both removed on {@link #close()}.
 */
public final class ContainerPair implements AutoCloseable {

    private final DockerClient docker;
    private final ModelServerContainer baseline;
    private final ModelServerContainer candidate;

    private ContainerPair(DockerClient docker, ModelServerContainer baseline, ModelServerContainer candidate) {
        this.docker = docker;
        this.baseline = baseline;
        this.candidate = candidate;
    }

    /**
     * @throws ContainerException when either cannot start or become ready (both are removed first)
     * @throws InterruptedException when the run is stopped while waiting (both are removed first)
     */
    public static ContainerPair start(ContainerSpec baseline, ContainerSpec candidate, Map<String, String> environment)
            throws InterruptedException {
        DockerClient docker = DockerEngine.connect();
        ModelServerContainer first = null;
        ModelServerContainer second = null;
        try {
            first = ModelServerContainer.launch(docker, false, baseline, environment);
            second = ModelServerContainer.launch(docker, false, candidate, environment);
            first.awaitReady();
            second.awaitReady();
            return new ContainerPair(docker, first, second);
        } catch (InterruptedException | RuntimeException e) {
            closeAll(docker, first, second);
            throw e;
        }
    }

    public ModelServerContainer baseline() {
        return baseline;
    }

    public ModelServerContainer candidate() {
        return candidate;
    }

    @Override
    public void close() {
        closeAll(docker, baseline, candidate);
    }

    /** Closes every container even when one cannot be removed; the first such failure is rethrown. */
    private static void closeAll(DockerClient docker, ModelServerContainer... containers) {
        RuntimeException first = null;
        for (ModelServerContainer container : containers) {
            try {
                if (container != null) {
                    container.close();
                }
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        DockerEngine.closeQuietly(docker);
        if (first != null) {
            throw first;
        }
    }
}

package dev.aigate.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.time.Duration;

/**
 * Connects to the Docker engine the way the {@code docker} command does: {@code DOCKER_HOST} when set (plus
 * {@code DOCKER_TLS_VERIFY} / {@code DOCKER_CERT_PATH}), else the local unix socket.
 */
public final class DockerEngine {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);

    private DockerEngine() {
    }

    /** A client for the engine, checked with a ping; fails with a clear message when no engine answers. */
    public static DockerClient connect() {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        DockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(RESPONSE_TIMEOUT)
                .build();
        DockerClient docker = DockerClientImpl.getInstance(config, http);
        try {
            docker.pingCmd().exec();
            return docker;
        } catch (RuntimeException e) {
            closeQuietly(docker);
            throw new ContainerException("no Docker engine answers at " + config.getDockerHost()
                    + " (is dockerd running, and may this user use its socket?): " + rootMessage(e), e);
        }
    }

    /** Whether an engine answers; for tests and probes that skip, loudly, where none runs. */
    public static boolean available() {
        try {
            closeQuietly(connect());
            return true;
        } catch (ContainerException e) {
            return false;
        }
    }

    static void closeQuietly(DockerClient docker) {
        try {
            docker.close();
        } catch (IOException ignored) {
            // Closing a connection pool: nothing left to do about a failure.
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

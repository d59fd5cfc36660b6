package dev.aigate.container;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls a starting server until one of its readiness paths answers 2xx ({@code /health}, {@code /v1/models}).
 * Loading a large model takes minutes, so it polls patiently, but gives up at once when the server has exited.
 */
final class ReadinessProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /**
     * Waits until {@code origin + path} answers 2xx for one of {@code paths}.
     *
     * @param exited says why the server can no longer become ready (it exited), or empty while it runs
     * @return the path that answered
     * @throws ContainerException when the timeout passes or the server exits first
     * @throws InterruptedException when the run is stopped (Ctrl-C)
     */
    String await(URI origin, List<String> paths, Duration timeout, Supplier<Optional<String>> exited)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer yet";
        while (true) {
            for (String path : paths) {
                Optional<String> answer = probe(origin.resolve(path));
                if (answer.isEmpty()) {
                    return path;
                }
                lastProblem = path + ": " + answer.get();
            }
            Optional<String> gone = exited.get();
            if (gone.isPresent()) {
                throw new ContainerException(gone.get());
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new ContainerException("not ready after " + timeout.toSeconds() + " s (last probe: " + lastProblem
                        + ")");
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Empty when the path answered 2xx; otherwise what went wrong. */
    private Optional<String> probe(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}

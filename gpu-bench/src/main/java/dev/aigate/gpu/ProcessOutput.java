package dev.aigate.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What a finished child process printed (stdout and stderr together) and its exit code.
 *
 * @param exitCode the exit status, or -1 when it was killed for running past its time limit
 */
public record ProcessOutput(int exitCode, String output, boolean timedOut) {

    /** Runs {@code command} to completion or until {@code limit}, whichever is first. */
    public static ProcessOutput run(List<String> command, Path directory, Duration limit) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            String text = output.get(5, TimeUnit.SECONDS);
            return new ProcessOutput(finished ? process.exitValue() : -1, text, !finished);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("could not read the output of " + command.get(0), e);
        }
    }

    /** The first non-blank line, for one-line error messages. */
    public String firstLine() {
        return output.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("(no output)");
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

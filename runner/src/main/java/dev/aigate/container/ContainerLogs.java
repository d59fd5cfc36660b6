package dev.aigate.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads a container's logs (stdout and stderr, as {@code docker logs} shows them). */
final class ContainerLogs {

    private static final int ERROR_LINES = 20;
    private static final int READ_SECONDS = 10;

    private ContainerLogs() {
    }

    /** Everything the container printed so far; a note in place of what could not be read. */
    static String fetch(DockerClient docker, String id) {
        StringBuilder text = new StringBuilder();
        try {
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withTailAll()
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    })
                    .awaitCompletion(READ_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            text.append("(logs unavailable: ").append(DockerEngine.rootMessage(e)).append(")\n");
        }
        return text.toString();
    }

    /** The last lines of {@code logs}, to append to an error message. */
    static String tailForError(String logs) {
        if (logs.isBlank()) {
            return "; it printed nothing";
        }
        List<String> lines = logs.lines().toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - ERROR_LINES), lines.size());
        return "; last log lines:\n  " + String.join("\n  ", tail);
    }
}

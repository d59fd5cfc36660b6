package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.aigate.container.DockerEngine;
import dev.aigate.container.DockerTests;
import dev.aigate.container.RequiresDocker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action image run the way GitHub's runner runs a container action: the checkout mounted at
 * {@code /github/workspace} (also the working directory), the step's files under {@code /github/file_commands},
 * the {@code INPUT_*} and {@code GITHUB_*} variables set, and the container's exit code as the step's.
 */
@RequiresDocker
class ActionImageDockerTest {

    private static DockerClient docker;

    @TempDir
    Path workspace;

    @TempDir
    Path fileCommands;

    @BeforeAll
    static void connect() {
        docker = DockerEngine.connect();
    }

    @AfterAll
    static void disconnect() throws IOException {
        docker.close();
    }

    @Test
    void aPassingGatePassesTheStep() throws Exception {
        writeGate("gates/pass.yaml", "rate(errors) < 1%", "p99(ttft) < 10s");

        Step step = runAction("gates/pass.yaml");

        assertThat(step.exitCode()).as(step.log()).isEqualTo(0);
        assertThat(step.outputs()).containsEntry("verdict", "pass").containsEntry("score", "100")
                .containsEntry("report-dir", "aigate-out").containsEntry("exit-code", "0")
                .containsKey("ttft-p99-ms");
        assertThat(step.summary()).contains("aigate run: image-test — **PASS**");
        assertThat(step.log()).contains("aigate run gates/pass.yaml --out aigate-out").doesNotContain("::error");
        Path result = workspace.resolve("aigate-out/result.json");
        assertThat(result).isRegularFile().isReadable();
        assertThat(Files.getPosixFilePermissions(result)).as("readable by later steps' user")
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void aFailingGateFailsTheStepAndAnnotatesItsLine() throws Exception {
        writeGate("gates/fail.yaml", "rate(errors) < 1%", "p99(ttft) < 1us");

        Step step = runAction("gates/fail.yaml");

        assertThat(step.exitCode()).as(step.log()).isEqualTo(1);
        assertThat(step.outputs()).containsEntry("verdict", "fail").containsEntry("score", "50")
                .containsEntry("gates-failed", "1");
        assertThat(step.summary()).contains("**FAIL**", "p99(ttft) < 1us");
        assertThat(step.log()).contains("::error file=gates/fail.yaml,line=11,col=5,title=aigate bench%3A "
                + "p99(ttft) < 1us::");
    }

    /** A fast gate on the embedded simulator inside the action's container; thresholds start at line 10. */
    private void writeGate(String name, String... thresholds) throws IOException {
        StringBuilder yaml = new StringBuilder("name: image-test\n"
                + "target:\n"
                + "  url: embedded\n"
                + "  profile: fast\n"
                + "bench:\n"
                + "  concurrency: 4\n"
                + "  requests: 8\n"
                + "  output_tokens: 8\n"
                + "thresholds:\n");
        for (String threshold : thresholds) {
            yaml.append("  - ").append(threshold).append('\n');
        }
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml.toString());
    }

    private Step runAction(String config) throws Exception {
        Files.createFile(fileCommands.resolve("output"));
        Files.createFile(fileCommands.resolve("summary"));
        List<String> env = List.of(
                "INPUT_COMMAND=run",
                "INPUT_CONFIG=" + config,
                "INPUT_ARGS=",
                "INPUT_FAIL-ON-MARGINAL=false",
                "INPUT_GITHUB-TOKEN=",
                "GITHUB_ACTIONS=true",
                "GITHUB_WORKSPACE=/github/workspace",
                "GITHUB_OUTPUT=/github/file_commands/output",
                "GITHUB_STEP_SUMMARY=/github/file_commands/summary",
                "GITHUB_EVENT_NAME=push",
                "GITHUB_REPOSITORY=acme/models");
        String id = docker.createContainerCmd(DockerTests.image())
                .withWorkingDir("/github/workspace")
                .withEnv(env)
                .withHostConfig(HostConfig.newHostConfig().withBinds(
                        new Bind(workspace.toString(), new Volume("/github/workspace")),
                        new Bind(fileCommands.toString(), new Volume("/github/file_commands"))))
                .exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            int exit = docker.waitContainerCmd(id).start().awaitStatusCode(3, TimeUnit.MINUTES);
            return new Step(exit, logs(id), fileCommands);
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private static String logs(String id) throws InterruptedException {
        StringBuilder text = new StringBuilder();
        docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withTailAll()
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                    }
                }).awaitCompletion(30, TimeUnit.SECONDS);
        return text.toString();
    }

    /** What a step left: its exit code, its log, and the files GitHub reads after it. */
    private record Step(int exitCode, String log, Path fileCommands) {

        Map<String, String> outputs() throws IOException {
            Map<String, String> outputs = new LinkedHashMap<>();
            for (String line : Files.readAllLines(fileCommands.resolve("output"))) {
                int eq = line.indexOf('=');
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
            return outputs;
        }

        String summary() throws IOException {
            return Files.readString(fileCommands.resolve("summary"));
        }
    }
}

package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerLaunchTest {

    @Test
    void theRunnerGetsItsOwnJvmWithTheStepsHeap() {
        StepParameters step = StepParameters.of(StepCommand.RUN, Map.of("config", "aigate.yaml", "maxHeap", "4g"));

        RunnerLaunch launch = RunnerLaunch.of(step, "/opt/jdk/bin/java", "/agent/aigate.jar", false);

        assertThat(launch.command()).containsExactly("/opt/jdk/bin/java", "-Xmx4g", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-jar", "/agent/aigate.jar", "run", "aigate.yaml", "--out",
                "aigate-out/run");
        assertThat(launch.outDir()).isEqualTo("aigate-out/run");
        assertThat(launch.apiKeyVariable()).isNull();
    }

    @Test
    void aBoundKeyIsNamedToTheBenchmarkSoAnyHostGetsIt() {
        StepParameters step = StepParameters.of(StepCommand.BENCH, Map.of("url", "http://vllm:8000/v1",
                "apiKeyVariable", "VLLM_API_KEY"));

        RunnerLaunch launch = RunnerLaunch.of(step, "java", "aigate.jar", true);

        assertThat(launch.apiKeyVariable()).isEqualTo("VLLM_API_KEY");
        assertThat(String.join(" ", launch.command())).contains("--api-key-env VLLM_API_KEY");
    }

    @Test
    void aGateFileNamesItsOwnKeyVariableSoRunOnlySetsIt() {
        StepParameters step = StepParameters.of(StepCommand.RUN, Map.of("config", "aigate.yaml"));

        RunnerLaunch launch = RunnerLaunch.of(step, "java", "aigate.jar", true);

        assertThat(launch.apiKeyVariable()).isEqualTo("OPENAI_API_KEY");
        assertThat(launch.command()).doesNotContain("--api-key-env");
    }
}

package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.container.ContainerSpec;
import dev.aigate.container.GpuRequest;
import dev.aigate.container.VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A target's {@code container:} section in a gate file (docs/containers.md). */
class ContainerSpecParserTest {

    @TempDir
    Path dir;

    private TargetSpec target(String... containerLines) throws Exception {
        StringBuilder yaml = new StringBuilder("targets:\n  candidate:\n    model: meta-llama/Llama-3.1-8B-Instruct\n"
                + "    container:\n");
        for (String line : containerLines) {
            yaml.append("      ").append(line).append('\n');
        }
        yaml.append("bench:\n  target: candidate\n  requests: 10\n");
        Path file = dir.resolve("gates/gate.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml.toString());
        return GateFileParser.parse(file).bench().orElseThrow().target();
    }

    @Test
    void readsAVllmServerWithItsCacheGpusAndSecrets() throws Exception {
        TargetSpec target = target(
                "image: vllm/vllm-openai:v0.8.5",
                "command: --model meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192",
                "env: {VLLM_LOGGING_LEVEL: INFO}",
                "pass_env: [HF_TOKEN]",
                "model_cache: ./hf-cache",
                "volumes: ['models:/models:ro']",
                "gpus: all",
                "ready_timeout: 15m",
                "logs: logs/vllm.log");

        assertThat(target.isContainer()).isTrue();
        assertThat(target.url()).isEqualTo(TargetSpec.CONTAINER);
        ContainerSpec spec = target.container();
        assertThat(spec.image()).isEqualTo("vllm/vllm-openai:v0.8.5");
        assertThat(spec.command()).containsExactly("--model", "meta-llama/Llama-3.1-8B-Instruct", "--max-model-len",
                "8192");
        assertThat(spec.env()).containsEntry("VLLM_LOGGING_LEVEL", "INFO");
        assertThat(spec.passEnv()).containsExactly("HF_TOKEN");
        assertThat(spec.volumes()).containsExactly(
                new VolumeMount(dir.resolve("gates/hf-cache").toAbsolutePath().toString(), "/root/.cache/huggingface",
                        false),
                new VolumeMount("models", "/models", true));
        assertThat(spec.gpus()).isEqualTo(GpuRequest.ALL);
        assertThat(spec.port()).isEqualTo(8000);
        assertThat(spec.basePath()).isEqualTo("/v1");
        assertThat(spec.readyPaths()).containsExactly("/health", "/v1/models");
        assertThat(spec.readyTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(spec.logFile()).isEqualTo(dir.resolve("gates/logs/vllm.log").toAbsolutePath());
    }

    @Test
    void entrypointCommandAndReadyPathsMayBeLists() throws Exception {
        ContainerSpec spec = target("image: aigate/action:local", "entrypoint: [java, -jar, /opt/aigate/aigate.jar]",
                "command: [simulate, --host, 0.0.0.0]", "port: 9000", "ready_path: [/v1/models]").container();

        assertThat(spec.entrypoint()).containsExactly("java", "-jar", "/opt/aigate/aigate.jar");
        assertThat(spec.command()).containsExactly("simulate", "--host", "0.0.0.0");
        assertThat(spec.port()).isEqualTo(9000);
        assertThat(spec.readyPaths()).isEqualTo(List.of("/v1/models"));
    }

    @Test
    void mistakesPointAtTheirLine() {
        assertThatThrownBy(() -> target("image: x", "gpu: all"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("gate.yaml:6:7: unknown key 'gpu'")
                .hasMessageContaining("did you mean 'gpus'?");
        assertThatThrownBy(() -> target("command: serve"))
                .hasMessageContaining("missing required key 'image'");
        assertThatThrownBy(() -> target("image: x", "gpus: lots")).hasMessageContaining(":6:13: 'targets.candidate"
                + ".container.gpus': gpus must be 'all'");
        assertThatThrownBy(() -> target("image: x", "ready_path: health")).hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> target("image: x", "port: 70000")).hasMessageContaining("between 1 and 65535");
    }

    @Test
    void aContainerTargetTakesNoUrl() throws Exception {
        Path file = dir.resolve("url.yaml");
        Files.writeString(file, "target:\n  url: http://localhost:8000/v1\n  container: {image: x}\nbench: {requests: 1}\n");

        assertThatThrownBy(() -> GateFileParser.parse(file))
                .hasMessageContaining("url.yaml:2:8: a target with a 'container' gets its URL from the container");
    }
}

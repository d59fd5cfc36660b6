package dev.aigate.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

    @Test
    void gpusAreReadAsDockerRunGpusTakesThem() {
        assertThat(GpuRequest.parse("all")).isEqualTo(GpuRequest.ALL);
        assertThat(GpuRequest.parse("2")).isEqualTo(new GpuRequest(2, List.of()));
        assertThat(GpuRequest.parse("device=0,1")).isEqualTo(new GpuRequest(0, List.of("0", "1")));
        assertThat(GpuRequest.parse("device=GPU-3f2a")).isEqualTo(new GpuRequest(0, List.of("GPU-3f2a")));
        assertThat(GpuRequest.parse("0,1").toString()).isEqualTo("device=0,1");
        assertThat(GpuRequest.parse("none").none()).isTrue();
        assertThatThrownBy(() -> GpuRequest.parse("lots")).hasMessageContaining("'all', a count");
        assertThatThrownBy(() -> GpuRequest.parse("device=")).hasMessageContaining("'all', a count");
    }

    @Test
    void gpusBecomeTheDeviceRequestDockerRunGpusSends() {
        var all = ModelServerContainer.deviceRequest(GpuRequest.ALL);
        assertThat(all.getCount()).isEqualTo(-1);
        assertThat(all.getCapabilities()).isEqualTo(List.of(List.of("gpu")));
        assertThat(ModelServerContainer.deviceRequest(GpuRequest.parse("2")).getCount()).isEqualTo(2);
        var chosen = ModelServerContainer.deviceRequest(GpuRequest.parse("device=0,1"));
        assertThat(chosen.getDeviceIds()).containsExactly("0", "1");
        assertThat(chosen.getCount()).isNull();
    }

    @Test
    void volumesAreReadAsDockerRunVTakesThem() {
        assertThat(VolumeMount.parse("hf-cache:/root/.cache/huggingface"))
                .isEqualTo(new VolumeMount("hf-cache", "/root/.cache/huggingface", false));
        assertThat(VolumeMount.parse("/models:/models:ro")).isEqualTo(new VolumeMount("/models", "/models", true));
        assertThatThrownBy(() -> VolumeMount.parse("/models")).hasMessageContaining("SOURCE:TARGET");
        assertThatThrownBy(() -> VolumeMount.parse("/a:relative")).hasMessageContaining("must be absolute");
    }

    @Test
    void secretsArePassedByNameFromAigatesEnvironment() {
        ContainerSpec spec = ContainerSpec.builder("vllm/vllm-openai:v0.8.5").env("VLLM_LOGGING_LEVEL", "INFO")
                .passEnv(List.of("HF_TOKEN")).build();

        assertThat(spec.environmentFor(Map.of("HF_TOKEN", "hf_abc", "OTHER", "x")))
                .containsExactlyInAnyOrder("VLLM_LOGGING_LEVEL=INFO", "HF_TOKEN=hf_abc");
        assertThatThrownBy(() -> spec.environmentFor(Map.of()))
                .isInstanceOf(ContainerException.class).hasMessageContaining("HF_TOKEN is not set");
    }

    @Test
    void aCandidateIsTheBaselineWithAnotherImage() {
        ContainerSpec baseline = ContainerSpec.builder("server:1.0").command(List.of("--model", "m")).port(9000).build();

        ContainerSpec candidate = baseline.withImage("server:1.1");

        assertThat(candidate.image()).isEqualTo("server:1.1");
        assertThat(candidate.command()).isEqualTo(baseline.command());
        assertThat(candidate.port()).isEqualTo(9000);
    }

    @Test
    void badSpecsAreRefused() {
        assertThatThrownBy(() -> ContainerSpec.builder(" ").build()).hasMessageContaining("image is empty");
        assertThatThrownBy(() -> ContainerSpec.builder("x").port(0).build()).hasMessageContaining("port");
        assertThatThrownBy(() -> ContainerSpec.builder("x").readyPaths(List.of()).build())
                .hasMessageContaining("readiness path");
    }
}

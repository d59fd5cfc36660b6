package dev.aigate.gpu.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.fakegpu.FakeGpuTools;
import org.junit.jupiter.api.Test;

class ProbeOutputTest {

    @Test
    void readsTheProbeOutputRecordedOnAnH100() throws ProbeException {
        ProbeOutput output = ProbeOutput.parse(FakeGpuTools.recording("h100-probe-output.json"));

        assertThat(output.cudaRuntime()).isEqualTo(13000);
        assertThat(output.devices()).hasSize(1);
        ProbeDevice h100 = output.devices().get(0);
        assertThat(h100.name()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(h100.computeCapability()).isEqualTo("9.0");
        assertThat(h100.smCount()).isEqualTo(132);
        assertThat(h100.measured()).containsEntry(ProbeCheck.MEMORY_BANDWIDTH, 2808.960)
                .containsEntry(ProbeCheck.FP32, 59.201).containsEntry(ProbeCheck.H2D, 54.761)
                .containsEntry(ProbeCheck.D2H, 54.801);
        assertThat(h100.best()).containsEntry(ProbeCheck.MEMORY_BANDWIDTH, 2822.309);
    }

    @Test
    void anErrorDocumentBecomesItsMessage() {
        assertThatThrownBy(() -> ProbeOutput.parse(FakeGpuTools.recording("no-kernel-image-probe-output.json")))
                .isInstanceOf(ProbeException.class)
                .hasMessage("the probe failed: copy_kernel launch: no kernel image is available for execution on the "
                        + "device (cudaErrorNoKernelImageForDevice)");
    }

    @Test
    void outputThatIsNotTheProbesIsRejectedInOneLine() {
        assertThatThrownBy(() -> ProbeOutput.parse("Segmentation fault\n"))
                .hasMessage("the probe printed no JSON document: Segmentation fault");
        assertThatThrownBy(() -> ProbeOutput.parse("{\"devices\": []}")).hasMessage("the probe found no CUDA device");
        assertThatThrownBy(() -> ProbeOutput.parse("{\"devices\": [{\"index\": 0, \"memory_bandwidth\": "
                + "{\"median\": 1, \"best\": 1}}]}"))
                .hasMessage("the probe's output lacks fp32 for device 0");
    }
}

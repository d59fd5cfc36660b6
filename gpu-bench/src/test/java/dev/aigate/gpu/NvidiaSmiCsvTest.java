package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.fakegpu.FakeGpuTools;
import org.junit.jupiter.api.Test;

class NvidiaSmiCsvTest {

    @Test
    void readsATelemetryLineRecordedOnAnH100() {
        String line = FakeGpuTools.recording("h100-telemetry-load.csv").lines().reduce((a, b) -> b).orElseThrow();
        // 0, GPU-a3829c0f-..., NVIDIA H100 80GB HBM3, 24, 3035, 81559, 128.80, 1980, 34
        GpuSample sample = NvidiaSmiCsv.sample(line, 42);

        assertThat(sample.index()).isZero();
        assertThat(sample.uuid()).isEqualTo("GPU-a3829c0f-e623-db40-9553-5b4526e5d3ad");
        assertThat(sample.name()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(sample.receivedNanos()).isEqualTo(42);
        assertThat(sample.utilizationPercent()).isEqualTo(24.0);
        assertThat(sample.memoryUsedMib()).isEqualTo(3035.0);
        assertThat(sample.memoryTotalMib()).isEqualTo(81559.0);
        assertThat(sample.powerWatts()).isEqualTo(128.80);
        assertThat(sample.smClockMhz()).isEqualTo(1980.0);
        assertThat(sample.temperatureC()).isEqualTo(34.0);
    }

    @Test
    void valuesTheDriverCannotGiveAreNullNeverZero() {
        // What nvidia-smi prints for fields a board or MIG slice does not report.
        GpuSample sample = NvidiaSmiCsv.sample(
                "1, GPU-x, NVIDIA A100-SXM4-40GB MIG 1g.5gb, [N/A], 12, 4864, [Not Supported], N/A, [Unknown Error]",
                0);

        assertThat(sample.utilizationPercent()).isNull();
        assertThat(sample.memoryUsedMib()).isEqualTo(12.0);
        assertThat(sample.powerWatts()).isNull();
        assertThat(sample.smClockMhz()).isNull();
        assertThat(sample.temperatureC()).isNull();
    }

    @Test
    void readsTheRecordedGpuListing() {
        GpuInfo gpu = NvidiaSmiCsv.gpu(FakeGpuTools.recording("h100-list.csv").strip());

        assertThat(gpu).isEqualTo(new GpuInfo(0, "GPU-a3829c0f-e623-db40-9553-5b4526e5d3ad", "NVIDIA H100 80GB HBM3",
                81559.0, "580.159.04"));
    }

    @Test
    void rejectsLinesThatAreNotSamples() {
        assertThatThrownBy(() -> NvidiaSmiCsv.sample("Unable to determine the device handle for GPU0000:00:06.0", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 9 comma-separated fields");
        assertThatThrownBy(() -> NvidiaSmiCsv.sample("x, GPU-x, n, 1, 2, 3, 4, 5, 6", 0))
                .hasMessageContaining("not an nvidia-smi GPU line");
        assertThatThrownBy(() -> NvidiaSmiCsv.sample("0, GPU-x, n, busy, 2, 3, 4, 5, 6", 0))
                .hasMessageContaining("not a number: 'busy'");
    }
}

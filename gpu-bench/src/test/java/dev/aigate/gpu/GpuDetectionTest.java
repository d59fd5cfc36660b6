package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.fakegpu.FakeGpuTools;
import dev.aigate.fakegpu.FakeGpuTools.Ending;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuDetectionTest {

    @TempDir
    Path dir;

    @Test
    void withoutNvidiaSmiSaysSoPlainly() {
        GpuDetection detection = GpuDetection.detect(Map.of("PATH", dir.toString()));

        assertThat(detection.present()).isFalse();
        assertThat(detection.gpus()).isEmpty();
        assertThat(detection.absentReason()).isEqualTo("no NVIDIA GPU detected: nvidia-smi not found");
    }

    @Test
    void findsNvidiaSmiOnThePath() {
        FakeGpuTools.nvidiaSmi(dir, FakeGpuTools.recording("h100-list.csv"), List.of(), 5, Ending.DIE);

        GpuDetection detection = GpuDetection.detect(Map.of("PATH", "/nonexistent:" + dir));

        assertThat(detection.present()).isTrue();
        assertThat(detection.gpus()).extracting(GpuInfo::name).containsExactly("NVIDIA H100 80GB HBM3");
        assertThat(detection.nvidiaSmi().executable()).isEqualTo(dir.resolve("nvidia-smi"));
    }

    @Test
    void aDriverThatDoesNotAnswerIsNamedWithNvidiaSmisOwnWords() {
        Path smi = FakeGpuTools.brokenNvidiaSmi(dir);

        GpuDetection detection = GpuDetection.detect(Map.of(NvidiaSmi.OVERRIDE_VARIABLE, smi.toString()));

        assertThat(detection.present()).isFalse();
        assertThat(detection.absentReason()).isEqualTo("no NVIDIA GPU detected: nvidia-smi failed (exit 9): "
                + "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
                + "Make sure that the latest NVIDIA driver is installed and running.");
    }

    @Test
    void anEmptyListingIsNoGpu() {
        Path smi = FakeGpuTools.nvidiaSmi(dir, "", List.of(), 5, Ending.DIE);

        assertThat(GpuDetection.detect(Map.of(NvidiaSmi.OVERRIDE_VARIABLE, smi.toString())).absentReason())
                .isEqualTo("no NVIDIA GPU detected: nvidia-smi lists no GPU");
    }
}

package dev.aigate.gpu.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasheetsTest {

    /** Names as the driver reports them (nvidia-smi and cudaGetDeviceProperties agree). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NVIDIA H100 80GB HBM3      | H100 SXM5 80GB | 3350 | 67",
        "NVIDIA H100 PCIe           | H100 PCIe 80GB | 2000 | 51",
        "NVIDIA H100 NVL            | H100 NVL 94GB  | 3900 | 60",
        "NVIDIA H200                | H200 SXM 141GB | 4800 | 67",
        "NVIDIA H200 NVL            | H200 NVL 141GB | 4800 | 60",
        "NVIDIA A100-SXM4-40GB      | A100 SXM4 40GB | 1555 | 19.5",
        "NVIDIA A100-SXM4-80GB      | A100 SXM4 80GB | 2039 | 19.5",
        "NVIDIA A100-PCIE-40GB      | A100 PCIe 40GB | 1555 | 19.5",
        "NVIDIA A100 80GB PCIe      | A100 PCIe 80GB | 1935 | 19.5",
        "NVIDIA L40S                | L40S           | 864  | 91.6",
        "NVIDIA L40                 | L40            | 864  | 90.5",
        "NVIDIA L4                  | L4             | 300  | 30.3",
        "NVIDIA A10G                | A10G           | 600  | 31.2",
        "NVIDIA A10                 | A10            | 600  | 31.2",
        "Tesla T4                   | T4             | 320  | 8.1",
    })
    void matchesTheModelTheDriverNames(String name, String model, double bandwidth, double fp32) {
        Datasheet sheet = Datasheets.match(name).orElseThrow();

        assertThat(sheet.model()).isEqualTo(model);
        assertThat(sheet.memoryBandwidthGbs()).isEqualTo(bandwidth);
        assertThat(sheet.fp32Tflops()).isEqualTo(fp32);
    }

    @ParameterizedTest
    @CsvSource({"NVIDIA GeForce RTX 4090", "NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA B200"})
    void knowsWhenItHasNoDatasheet(String name) {
        assertThat(Datasheets.match(name)).isEmpty();
    }
}

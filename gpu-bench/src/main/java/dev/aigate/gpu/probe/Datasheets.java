package dev.aigate.gpu.probe;

import java.util.List;
import java.util.Optional;

/**
 * The datasheet figures of the GPUs CI runners carry. Matched by the name the driver reports; more specific
 * entries come first (an {@code H100 NVL} name also contains {@code H100}).
 */
public final class Datasheets {

    private static final double PCIE3 = 15.75;
    private static final double PCIE4 = 31.5;
    private static final double PCIE5 = 63.0;

    private static final String H100 = "NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100)";
    private static final String H200 = "NVIDIA H200 datasheet (nvidia.com/en-us/data-center/h200)";
    private static final String A100 = "NVIDIA A100 datasheet (nvidia.com/en-us/data-center/a100)";

    /** Every known model; first match wins. */
    public static final List<Datasheet> ALL = List.of(
            new Datasheet("H100 NVL 94GB", List.of("H100", "NVL"), 3900, 60, PCIE5, H100),
            new Datasheet("H100 PCIe 80GB", List.of("H100", "PCIe"), 2000, 51, PCIE5, H100),
            new Datasheet("H100 SXM5 80GB", List.of("H100"), 3350, 67, PCIE5, H100),
            new Datasheet("H200 NVL 141GB", List.of("H200", "NVL"), 4800, 60, PCIE5, H200),
            new Datasheet("H200 SXM 141GB", List.of("H200"), 4800, 67, PCIE5, H200),
            new Datasheet("A100 SXM4 80GB", List.of("A100", "SXM4", "80GB"), 2039, 19.5, PCIE4, A100),
            new Datasheet("A100 SXM4 40GB", List.of("A100", "SXM4"), 1555, 19.5, PCIE4, A100),
            new Datasheet("A100 PCIe 80GB", List.of("A100", "80GB"), 1935, 19.5, PCIE4, A100),
            new Datasheet("A100 PCIe 40GB", List.of("A100"), 1555, 19.5, PCIE4, A100),
            new Datasheet("L40S", List.of("L40S"), 864, 91.6, PCIE4,
                    "NVIDIA L40S datasheet (nvidia.com/en-us/data-center/l40s)"),
            new Datasheet("L40", List.of("L40"), 864, 90.5, PCIE4,
                    "NVIDIA L40 datasheet (nvidia.com/en-us/data-center/l40)"),
            new Datasheet("L4", List.of("NVIDIA L4"), 300, 30.3, PCIE4,
                    "NVIDIA L4 datasheet (nvidia.com/en-us/data-center/l4)"),
            new Datasheet("A10G", List.of("A10G"), 600, 31.2, PCIE4,
                    "AWS EC2 G5 instance documentation (aws.amazon.com/ec2/instance-types/g5)"),
            new Datasheet("A10", List.of("A10"), 600, 31.2, PCIE4,
                    "NVIDIA A10 datasheet (nvidia.com/en-us/data-center/products/a10-gpu)"),
            new Datasheet("T4", List.of("T4"), 320, 8.1, PCIE3,
                    "NVIDIA T4 datasheet (nvidia.com/en-us/data-center/tesla-t4)"));

    private Datasheets() {
    }

    /** The datasheet of the model named {@code deviceName}, if it is one we know. */
    public static Optional<Datasheet> match(String deviceName) {
        return ALL.stream().filter(sheet -> sheet.matches(deviceName)).findFirst();
    }
}

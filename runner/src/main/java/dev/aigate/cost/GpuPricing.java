package dev.aigate.cost;

import dev.aigate.gate.Dimension;
import dev.aigate.gate.UnitFormat;

/**
 * A self-hosted server paid by the GPU-hour, whatever it serves.
 *
 * @param dollarsPerGpuHour what one GPU costs per hour (cloud list price, reserved rate or amortised purchase)
 * @param gpus              GPUs one server replica uses (tensor/pipeline parallel degree)
 */
public record GpuPricing(double dollarsPerGpuHour, int gpus) implements Pricing {

    public GpuPricing {
        if (!(dollarsPerGpuHour > 0) || !Double.isFinite(dollarsPerGpuHour)) {
            throw new IllegalArgumentException("GPU hourly price must be greater than $0, got " + dollarsPerGpuHour);
        }
        if (gpus < 1) {
            throw new IllegalArgumentException("GPUs must be at least 1, got " + gpus);
        }
    }

    /** What one replica costs per hour. */
    public double dollarsPerReplicaHour() {
        return dollarsPerGpuHour * gpus;
    }

    @Override
    public String describe() {
        return "self-hosted on " + gpus + (gpus == 1 ? " GPU" : " GPUs") + " at "
                + UnitFormat.format(dollarsPerGpuHour, Dimension.MONEY) + " per GPU-hour";
    }
}

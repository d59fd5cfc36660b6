package dev.aigate.gpu.probe;

import java.util.Arrays;
import java.util.List;

/**
 * One device's probe figures against its model's datasheet.
 *
 * @param datasheet the matched model, or null when the name is not one {@link Datasheets} knows
 */
public record ProbeComparison(ProbeDevice device, Datasheet datasheet, List<CheckResult> checks) {

    public ProbeComparison {
        checks = List.copyOf(checks);
    }

    /** Compares {@code device} with the datasheet its name matches, if any. */
    public static ProbeComparison of(ProbeDevice device) {
        Datasheet datasheet = Datasheets.match(device.name()).orElse(null);
        List<CheckResult> checks = Arrays.stream(ProbeCheck.values())
                .map(check -> result(check, device.measured().get(check), datasheet))
                .toList();
        return new ProbeComparison(device, datasheet, checks);
    }

    /** The result of {@code check}. */
    public CheckResult check(ProbeCheck check) {
        return checks.stream().filter(result -> result.check() == check).findFirst().orElseThrow();
    }

    private static CheckResult result(ProbeCheck check, double measured, Datasheet datasheet) {
        if (datasheet == null) {
            return new CheckResult(check, measured, null, null);
        }
        double peak = check.peak(datasheet);
        return new CheckResult(check, measured, peak, peak * check.healthyFraction());
    }
}

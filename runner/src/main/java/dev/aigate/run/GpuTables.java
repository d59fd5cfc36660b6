package dev.aigate.run;

import dev.aigate.gpu.Distribution;
import dev.aigate.gpu.GpuTelemetry;
import dev.aigate.gpu.TelemetrySummary;
import dev.aigate.gpu.probe.CheckResult;
import dev.aigate.gpu.probe.ProbeComparison;
import dev.aigate.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** GPU figures as people read them: telemetry per GPU, probe figures against the datasheet. */
final class GpuTables {

    private GpuTables() {
    }

    /** One table per GPU, plus energy per token when the output tokens are known (null otherwise). */
    static List<Table> telemetry(TelemetrySummary summary, Long outputTokens) {
        List<Table> tables = new ArrayList<>();
        for (GpuTelemetry gpu : summary.gpus()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("utilization (%)", gpu.utilizationPercent()));
            rows.add(row("memory used (MiB)", gpu.memoryUsedMib()));
            rows.add(row("power (W)", gpu.powerWatts()));
            rows.add(row("SM clock (MHz)", gpu.smClockMhz()));
            rows.add(row("temperature (°C)", gpu.temperatureC()));
            tables.add(new Table("GPU " + gpu.index() + " telemetry: " + gpu.name() + " (" + gpu.samples()
                    + " samples, energy " + number(gpu.energyJoules(), 1) + " J)",
                    List.of("series", "mean", "p50", "p99", "max"), rows));
        }
        List<List<String>> energy = new ArrayList<>();
        energy.add(List.of("sampled window", number(summary.durationSeconds(), 2) + " s"));
        energy.add(List.of("energy, all GPUs", number(summary.energyJoules(), 1) + " J"));
        if (outputTokens != null) {
            energy.add(List.of("energy per output token", number(summary.joulesPerToken(outputTokens), 4) + " J"));
            energy.add(List.of("output tokens per joule", number(summary.tokensPerJoule(outputTokens), 3)));
        }
        tables.add(new Table("GPU energy", List.of("measure", "value"), energy));
        return tables;
    }

    static Table probe(List<ProbeComparison> comparisons) {
        List<List<String>> rows = new ArrayList<>();
        for (ProbeComparison comparison : comparisons) {
            String gpu = comparison.device().index() + ": " + comparison.device().name();
            for (CheckResult check : comparison.checks()) {
                rows.add(List.of(gpu, check.check().label() + " (" + check.check().unit() + ")",
                        number(check.measured(), 1), number(check.peak(), 1), number(check.expected(), 1),
                        percent(check.ratioToExpected())));
            }
        }
        return new Table("GPU probe", List.of("GPU", "test", "measured", "datasheet", "healthy card", "vs healthy"),
                rows);
    }

    private static List<String> row(String name, Distribution d) {
        if (d == null) {
            return List.of(name, "not reported", "–", "–", "–");
        }
        return List.of(name, number(d.mean(), 1), number(d.p50(), 1), number(d.p99(), 1), number(d.max(), 1));
    }

    private static String number(Double value, int decimals) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(Double ratio) {
        return ratio == null ? "no datasheet" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}

package dev.aigate.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses nvidia-smi's {@code --format=csv,noheader,nounits} lines for the two queries aigate makes. Values the
 * driver cannot give ({@code [N/A]}, {@code [Not Supported]}, {@code N/A}, {@code [Unknown Error]}) become null.
 */
public final class NvidiaSmiCsv {

    /** The telemetry query, one line per GPU per sample; the order {@link #sample} expects. */
    public static final String TELEMETRY_FIELDS =
            "index,uuid,name,utilization.gpu,memory.used,memory.total,power.draw,clocks.sm,temperature.gpu";

    /** The listing query, one line per GPU; the order {@link #gpu} expects. */
    public static final String LIST_FIELDS = "index,uuid,name,memory.total,driver_version";

    private NvidiaSmiCsv() {
    }

    /** One telemetry line, stamped with {@code receivedNanos}. */
    public static GpuSample sample(String line, long receivedNanos) {
        List<String> fields = fields(line, 9);
        return new GpuSample(index(fields.get(0), line), fields.get(1), fields.get(2), receivedNanos,
                number(fields.get(3)), number(fields.get(4)), number(fields.get(5)), number(fields.get(6)),
                number(fields.get(7)), number(fields.get(8)));
    }

    /** One listing line. */
    public static GpuInfo gpu(String line) {
        List<String> fields = fields(line, 5);
        return new GpuInfo(index(fields.get(0), line), fields.get(1), fields.get(2), number(fields.get(3)),
                fields.get(4));
    }

    /** A reading, or null when the driver says it has none. */
    static Double number(String field) {
        String value = field.trim();
        if (value.isEmpty() || value.startsWith("[") || value.toUpperCase(Locale.ROOT).equals("N/A")) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + value + "'");
        }
    }

    private static int index(String field, String line) {
        try {
            return Integer.parseInt(field.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an nvidia-smi GPU line: '" + line.strip() + "'");
        }
    }

    /** Splits on commas; GPU names hold no commas, but a line with a different field count is not ours. */
    private static List<String> fields(String line, int expected) {
        List<String> fields = new ArrayList<>(expected);
        for (String field : line.split(",", -1)) {
            fields.add(field.trim());
        }
        if (fields.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " comma-separated fields from nvidia-smi, got "
                    + fields.size() + ": '" + line.strip() + "'");
        }
        return fields;
    }
}

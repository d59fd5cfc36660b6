package dev.aigate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A series of runs at increasing load ({@code --sweep concurrency=1,8,32,128} or {@code --sweep rate=2,4,8}),
 * optionally searching for the highest load that still meets the SLOs ({@code --max-goodput}).
 *
 * @param axis         what varies
 * @param loads        the loads to run, ascending, no duplicates
 * @param searchGoodput whether to search between the listed loads for the max-goodput point
 * @param attainment   the share of requests that must meet every SLO for a load to count as meeting them (0–1]
 * @param searchSteps  bisection steps between the last load that met the SLOs and the first that did not
 */
public record SweepSpec(Axis axis, List<Double> loads, boolean searchGoodput, double attainment, int searchSteps) {

    /** The load a sweep varies. */
    public enum Axis {
        CONCURRENCY,
        RATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SweepSpec {
        loads = List.copyOf(loads);
        if (loads.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one load");
        }
        for (int i = 0; i < loads.size(); i++) {
            double load = loads.get(i);
            if (!(load > 0 && Double.isFinite(load)) || axis == Axis.CONCURRENCY && load != Math.rint(load)) {
                throw new IllegalArgumentException(axis.label() + " loads must be "
                        + (axis == Axis.CONCURRENCY ? "whole numbers >= 1" : "> 0") + ", got " + format(load));
            }
            if (i > 0 && load <= loads.get(i - 1)) {
                throw new IllegalArgumentException("sweep loads must increase, got " + format(loads.get(i - 1))
                        + " then " + format(load));
            }
        }
        if (!(attainment > 0 && attainment <= 1)) {
            throw new IllegalArgumentException("SLO attainment must be in (0, 1], got " + attainment);
        }
        if (searchSteps < 0) {
            throw new IllegalArgumentException("search steps must be >= 0, got " + searchSteps);
        }
    }

    /** Parses {@code concurrency=1,8,32} or {@code rate=2,4.5,8}. */
    public static SweepSpec parse(String text, boolean searchGoodput, double attainment, int searchSteps) {
        String[] parts = text.split("=", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a sweep is written concurrency=1,8,32 or rate=2,4,8, got '" + text
                    + "'");
        }
        Axis axis;
        try {
            axis = Axis.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sweep varies concurrency or rate, got '" + parts[0].trim() + "'");
        }
        List<Double> loads = new ArrayList<>();
        for (String load : parts[1].split(",")) {
            try {
                loads.add(Double.parseDouble(load.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in the sweep: '" + load.trim() + "'");
            }
        }
        return new SweepSpec(axis, loads, searchGoodput, attainment, searchSteps);
    }

    /** {@code base} at {@code load}: its concurrency, or its rate (keeping its concurrency cap). */
    public BenchSpec at(BenchSpec base, double load) {
        return axis == Axis.CONCURRENCY
                ? base.toBuilder().concurrency((int) load).rate(null).build()
                : base.toBuilder().rate(load).build();
    }

    static String format(double load) {
        return load == Math.rint(load) ? String.valueOf((long) load) : String.valueOf(load);
    }
}

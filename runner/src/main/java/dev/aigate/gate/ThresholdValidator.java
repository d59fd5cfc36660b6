package dev.aigate.gate;

import dev.aigate.text.NameSuggester;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks thresholds against a stage's metric catalog before the stage runs, so a typo fails in a second with
 * exit 2 instead of after a long benchmark, and never passes silently (SPEC §3). A threshold is rejected when its
 * metric is unknown, its aggregate does not apply to the metric, or its unit does not fit the value's dimension.
 */
public final class ThresholdValidator {

    private ThresholdValidator() {
    }

    /**
     * Validates every threshold, in order.
     *
     * @throws ThresholdException for the first threshold that does not fit {@code source}'s metrics
     */
    public static void validateAll(Collection<Threshold> thresholds, MetricSource source) {
        thresholds.forEach(threshold -> validate(threshold, source));
    }

    /**
     * Checks that {@code threshold}'s metric exists, takes its aggregate, and is measured in a unit the limit fits.
     *
     * @throws ThresholdException naming what is wrong, in one line
     */
    public static void validate(Threshold threshold, MetricSource source) {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(source, "source");
        requireKnownMetric(threshold, source);
        requireSupportedAggregate(threshold, source);
        requireFittingUnit(threshold, threshold.valueDimension(source));
    }

    private static void requireKnownMetric(Threshold threshold, MetricSource source) {
        String metric = threshold.metric();
        if (source.metricNames().contains(metric)) {
            return;
        }
        Optional<String> suggestion = NameSuggester.closest(metric, source.metricNames());
        throw new ThresholdException(threshold.text(), "unknown metric '" + metric + "'; " + suggestion
                .map(name -> "did you mean '" + name + "'?")
                .orElseGet(() -> "known metrics: " + String.join(", ", new TreeSet<>(source.metricNames()))));
    }

    private static void requireSupportedAggregate(Threshold threshold, MetricSource source) {
        String metric = threshold.metric();
        if (source.supports(metric, threshold.aggregate())) {
            return;
        }
        String supported = Arrays.stream(Aggregate.Kind.values())
                .filter(kind -> source.supports(metric, representative(kind)))
                .map(kind -> kind == Aggregate.Kind.PERCENTILE ? "p<N>" : representative(kind).toString())
                .collect(Collectors.joining(", "));
        throw new ThresholdException(threshold.text(), threshold.aggregate() + " does not apply to '" + metric + "'"
                + (supported.isEmpty() ? "" : "; it supports " + supported));
    }

    private static Aggregate representative(Aggregate.Kind kind) {
        return kind == Aggregate.Kind.PERCENTILE ? Aggregate.percentile(50) : Aggregate.of(kind);
    }

    private static void requireFittingUnit(Threshold threshold, Dimension dimension) {
        Unit unit = threshold.unit();
        if (!unit.fits(dimension)) {
            String problem = unit == Unit.NONE
                    ? "the limit needs a unit: " + threshold.subject() + " is " + describe(dimension)
                    : "unit '" + unit.symbol() + "' does not fit " + threshold.subject() + ", " + describe(dimension);
            throw new ThresholdException(threshold.text(), problem + "; " + unitAdvice(dimension));
        }
        // A ratio above 1 is unreachable and almost always a forgotten '%': "pass_rate(prompts) >= 95".
        if (dimension == Dimension.RATIO && threshold.limit() > 1) {
            String written = BigDecimal.valueOf(threshold.limit()).stripTrailingZeros().toPlainString();
            throw new ThresholdException(threshold.text(), unit == Unit.NONE
                    ? "limit " + written + " is above 1 for " + threshold.subject() + ", a ratio; did you mean "
                            + written + "%?"
                    : "limit " + UnitFormat.format(threshold.limit(), dimension) + " is above 100% for "
                            + threshold.subject() + ", a ratio");
        }
    }

    /** Which units to write for {@code dimension}, e.g. "use us, ms or s". */
    private static String unitAdvice(Dimension dimension) {
        List<String> symbols = Unit.fitting(dimension).stream().map(Unit::symbol).toList();
        if (symbols.isEmpty()) {
            return "write a bare number";
        }
        String units = symbols.size() == 1 ? symbols.get(0)
                : String.join(", ", symbols.subList(0, symbols.size() - 1)) + " or " + symbols.get(symbols.size() - 1);
        return "use " + units + (Unit.NONE.fits(dimension) ? " or a bare number" : "");
    }

    private static String describe(Dimension dimension) {
        return switch (dimension) {
            case DURATION -> "a duration";
            case RATIO -> "a ratio";
            case MONEY -> "an amount of money";
            case RATE -> "a rate per second";
            case ENERGY -> "an amount of energy";
            case NUMBER -> "a plain number";
        };
    }
}

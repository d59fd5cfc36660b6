package dev.aigate.run;

import dev.aigate.cost.ApiPricing;
import dev.aigate.cost.CostComparison;
import dev.aigate.cost.CostEstimate;
import dev.aigate.cost.CostMetric;
import dev.aigate.cost.GpuPricing;
import dev.aigate.cost.ModelPrice;
import dev.aigate.cost.RequestShape;
import dev.aigate.cost.RequestTokens;
import dev.aigate.cost.TrafficProfile;
import dev.aigate.report.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** A cost estimate as people read it: the figures (beside the baseline's), the prices used, the tokens priced. */
final class CostTables {

    private static final String NONE = "–";

    private CostTables() {
    }

    static List<Table> of(CostEstimate candidate, CostComparison comparison, TrafficProfile traffic) {
        List<Table> tables = new ArrayList<>();
        tables.add(comparison == null ? figures(candidate) : diff(comparison));
        tables.add(pricing(candidate));
        tables.add(tokens(candidate, traffic));
        return tables;
    }

    private static Table figures(CostEstimate estimate) {
        List<List<String>> rows = new ArrayList<>();
        for (CostMetric metric : CostMetric.values()) {
            rows.add(List.of(metric.label(), money(estimate.figure(metric))));
        }
        return new Table("Cost", List.of("cost", "USD"), rows);
    }

    private static Table diff(CostComparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        for (CostMetric metric : CostMetric.values()) {
            rows.add(List.of(metric.label(), money(comparison.baseline().figure(metric)),
                    money(comparison.candidate().figure(metric)), signedMoney(comparison.change(metric)),
                    percent(comparison.relativeChange(metric))));
        }
        return new Table("Cost: baseline vs candidate", List.of("cost", "baseline", "candidate", "change", "change %"),
                rows);
    }

    private static Table pricing(CostEstimate estimate) {
        List<List<String>> rows = new ArrayList<>();
        if (estimate.pricing() instanceof ApiPricing api) {
            ModelPrice price = api.price();
            rows.add(List.of("model", price.model()));
            rows.add(List.of("input per 1M tokens", money(price.inputPerMillion())));
            rows.add(List.of("cached input per 1M tokens",
                    price.cachedInputPerMillion() == null ? "no discount" : money(price.cachedInputPerMillion())));
            rows.add(List.of("output per 1M tokens", money(price.outputPerMillion())));
            if (price.contextWindow() != null) {
                rows.add(List.of("context window", String.format(Locale.ROOT, "%,d tokens", price.contextWindow())));
            }
            rows.add(List.of("source", price.source() + (price.checked().isEmpty() ? "" : " (" + price.checked() + ")")));
        } else {
            GpuPricing gpu = (GpuPricing) estimate.pricing();
            rows.add(List.of("GPU-hour", money(gpu.dollarsPerGpuHour())));
            rows.add(List.of("GPUs per replica", String.valueOf(gpu.gpus())));
            Double capacity = estimate.workload().capacity();
            rows.add(List.of(estimate.workload().capacityMeetsSlos() ? "capacity (goodput at SLOs)" : "capacity",
                    capacity == null ? NONE : String.format(Locale.ROOT, "%.3f requests/s", capacity)));
            rows.add(List.of("replicas for the daily traffic",
                    estimate.replicas() == null ? NONE : String.valueOf(estimate.replicas())));
        }
        return new Table("Pricing", List.of("price", "value"), rows);
    }

    private static Table tokens(CostEstimate estimate, TrafficProfile traffic) {
        List<List<String>> rows = new ArrayList<>();
        boolean mixed = traffic.mix().size() > 1;
        if (mixed) {
            for (RequestShape shape : traffic.mix()) {
                rows.add(row(shape.name(), String.format(Locale.ROOT, "%.4g", shape.weight()), shape.tokens(),
                        shape.source().label()));
            }
        }
        RequestTokens average = estimate.workload().tokensPerRequest();
        String name = mixed ? "weighted average" : traffic.hasMix() ? "per request" : "per request (measured)";
        rows.add(average == null ? List.of(name, NONE, NONE, NONE, NONE, "no request completed")
                : row(name, mixed ? "1" : NONE, average, estimate.workload().tokenSource().label()));
        Double perDay = estimate.workload().requestsPerDay();
        rows.add(List.of("requests per day", NONE, NONE, NONE, NONE,
                perDay == null ? "not given" : String.format(Locale.ROOT, "%,.0f", perDay)));
        return new Table("Tokens per request", List.of("request", "share", "input", "cached input", "output", "source"),
                rows);
    }

    private static List<String> row(String name, String share, RequestTokens tokens, String source) {
        return List.of(name, share, count(tokens.input()), count(tokens.cachedInput()), count(tokens.output()), source);
    }

    private static String count(double tokens) {
        return tokens == Math.rint(tokens) ? String.format(Locale.ROOT, "%,.0f", tokens)
                : String.format(Locale.ROOT, "%,.1f", tokens);
    }

    private static String money(OptionalDouble value) {
        return value.isPresent() ? money(value.getAsDouble()) : NONE;
    }

    /**
     * Dollars and cents with thousands separators from $1 up ($20,097.22); below $1 three significant digits
     * ($0.45, $0.0075, $0.00045), since a request often costs a fraction of a cent.
     */
    private static String money(double value) {
        String sign = value < 0 ? "-" : "";
        double amount = Math.abs(value);
        if (amount >= 1 || amount == 0) {
            return sign + String.format(Locale.ROOT, "$%,.2f", amount);
        }
        BigDecimal rounded = new BigDecimal(amount).round(new MathContext(3)).stripTrailingZeros();
        return sign + "$" + (rounded.scale() < 2 ? rounded.setScale(2) : rounded).toPlainString();
    }

    private static String signedMoney(OptionalDouble value) {
        if (value.isEmpty()) {
            return NONE;
        }
        return (value.getAsDouble() > 0 ? "+" : "") + money(value.getAsDouble());
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%+.1f%%", value.getAsDouble() * 100) : NONE;
    }
}

package dev.aigate.gate;

import dev.aigate.gate.ThresholdLexer.Token;
import dev.aigate.text.NameSuggester;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses threshold expressions (SPEC §3), the one grammar every front door uses:
 *
 * <pre>
 * threshold  = aggregate "(" metric ")" comparison value ;
 * aggregate  = "min" | "max" | "mean" | "median" | "p" number | "rate" | "count" | "pass_rate" | "cost"
 *            | "throughput" ;
 * metric     = [a-z] [a-z0-9_.]* ;
 * comparison = "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=" ;
 * value      = "$" number | number [ unit ] ;
 * unit       = "us" | "ms" | "s" | "%" | "$" | "/s" | "J" | "mJ" ;
 * number     = digit+ [ "." digit+ ] ;
 * </pre>
 *
 * Whitespace between tokens is ignored. A hand-written recursive-descent parser over {@link ThresholdLexer}'s tokens:
 * the grammar is a single line, and writing it by hand buys error messages that name the column and the fix.
 * Whether the metric exists and the unit fits it is {@link ThresholdValidator}'s job, once the metrics are known.
 */
public final class ThresholdParser {

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_.]*");
    private static final Map<String, Aggregate> NAMED_AGGREGATES = Arrays.stream(Aggregate.Kind.values())
            .filter(kind -> kind != Aggregate.Kind.PERCENTILE)
            .map(Aggregate::of)
            .collect(Collectors.toUnmodifiableMap(Aggregate::toString, Function.identity()));
    private static final String AGGREGATE_NAMES = "min max mean median p<N> rate count pass_rate cost throughput";
    private static final String COMPARISONS =
            Arrays.stream(Comparison.values()).map(Comparison::symbol).collect(Collectors.joining(" "));

    private final String text;
    private final List<Token> tokens;
    private int next;

    private ThresholdParser(String text) {
        this.text = text;
        this.tokens = ThresholdLexer.tokenize(text);
    }

    /**
     * Parses one expression, e.g. {@code p99(ttft) < 500ms}.
     *
     * @throws ThresholdSyntaxException naming the 1-based column of the first problem
     */
    public static Threshold parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        return new ThresholdParser(expression).threshold();
    }

    private Threshold threshold() {
        if (peek().kind() == Token.Kind.END) {
            throw error(peek(), "empty threshold", "write e.g. p99(ttft) < 500ms");
        }
        Aggregate aggregate = aggregate(expect(Token.Kind.WORD, "an aggregate such as p99 or mean"));
        expect(Token.Kind.OPEN, "'('");
        String metric = metric(expect(Token.Kind.WORD, "a metric name"));
        expect(Token.Kind.CLOSE, "')'");
        Comparison comparison = comparison(expect(Token.Kind.OPERATOR, "an operator (" + COMPARISONS + ")"));
        Value value = value();
        Token extra = peek();
        if (extra.kind() != Token.Kind.END) {
            throw error(extra, "unexpected " + extra.describe() + " after the value", null);
        }
        return new Threshold(text, aggregate, metric, comparison, value.unit.toBase(value.amount), value.unit);
    }

    private Aggregate aggregate(Token token) {
        Optional<Aggregate> aggregate = aggregateNamed(token.text());
        if (aggregate.isPresent()) {
            return aggregate.get();
        }
        if (PERCENTILE.matcher(token.text()).matches()) {
            throw error(token, "percentile " + token.describe() + " out of range", "N in p<N> must be in (0, 100]");
        }
        String lowerCase = token.text().toLowerCase(Locale.ROOT);
        Optional<String> suggestion = aggregateNamed(lowerCase).isPresent() ? Optional.of(lowerCase)
                : NameSuggester.closest(token.text(), NAMED_AGGREGATES.keySet());
        throw error(token, "unknown aggregate " + token.describe(),
                suggestion.map(name -> "did you mean '" + name + "'?").orElse("aggregates: " + AGGREGATE_NAMES));
    }

    private static Optional<Aggregate> aggregateNamed(String name) {
        Matcher percentile = PERCENTILE.matcher(name);
        if (percentile.matches()) {
            double rank = Double.parseDouble(percentile.group(1));
            return rank > 0 && rank <= 100 ? Optional.of(Aggregate.percentile(rank)) : Optional.empty();
        }
        return Optional.ofNullable(NAMED_AGGREGATES.get(name));
    }

    private String metric(Token token) {
        if (!METRIC.matcher(token.text()).matches()) {
            throw error(token, "invalid metric name " + token.describe(),
                    "metric names are lower case: [a-z][a-z0-9_.]*");
        }
        return token.text();
    }

    private Comparison comparison(Token token) {
        return Comparison.bySymbol(token.text()).orElseThrow(() ->
                error(token, "unknown operator " + token.describe(), "operators: " + COMPARISONS));
    }

    /** {@code $2.00}, {@code 2.00$}, {@code 500ms}, {@code 500 ms}, {@code 0.1%}, {@code 2000/s} or a bare number. */
    private Value value() {
        Token first = take();
        boolean dollarFirst = first.kind() == Token.Kind.SYMBOL && first.text().equals("$");
        Token number = dollarFirst ? take() : first;
        if (number.kind() != Token.Kind.NUMBER) {
            throw error(number, "expected a number, found " + number.describe(), null);
        }
        if (!NUMBER.matcher(number.text()).matches()) {
            throw error(number, "malformed number " + number.describe(), "write digits with at most one '.', e.g. 0.5");
        }
        BigDecimal amount = new BigDecimal(number.text());
        Token unitToken = peek();
        if (unitToken.kind() != Token.Kind.WORD && unitToken.kind() != Token.Kind.SYMBOL) {
            return new Value(amount, dollarFirst ? Unit.DOLLARS : Unit.NONE);
        }
        take();
        Unit unit = Unit.bySymbol(unitToken.text()).orElseThrow(() ->
                error(unitToken, "unknown unit " + unitToken.describe(), "units: " + Unit.symbols()));
        if (dollarFirst) {
            throw error(unitToken, "a second unit " + unitToken.describe() + " after '$'", "a value has one unit");
        }
        return new Value(amount, unit);
    }

    private Token expect(Token.Kind kind, String what) {
        Token token = take();
        if (token.kind() != kind) {
            throw error(token, "expected " + what + ", found " + token.describe(), null);
        }
        return token;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    /** "PROBLEM at column N; HINT", pointing at {@code token}. */
    private ThresholdSyntaxException error(Token token, String problem, String hint) {
        String reason = problem + " at column " + token.column() + (hint == null ? "" : "; " + hint);
        return new ThresholdSyntaxException(text, reason, token.column(), token.length());
    }

    private record Value(BigDecimal amount, Unit unit) {
    }
}

package dev.aigate.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the name a user probably meant ("did you mean 'ttft'?") for an unknown metric, YAML key, flag or unit.
 *
 * <p>Distance is the optimal string alignment variant of Damerau–Levenshtein: insertions, deletions,
 * substitutions and swaps of two adjacent characters each cost 1, so {@code tpto} is one edit from {@code tpot}.
 * Case is ignored, since {@code TTFT} for {@code ttft} is the commonest slip. A candidate counts only when it is
 * close for the input's length (at most one edit per three characters, at least one edit allowed) and not a
 * total rewrite; a wild guess is worse than no suggestion.
 */
public final class NameSuggester {

    private NameSuggester() {
    }

    /**
     * The candidate closest to {@code input}, or empty when none is close enough. Ties go to the alphabetically
     * first candidate, so the suggestion does not depend on the collection's iteration order.
     */
    private static final int MIN_PREFIX = 4;

    public static Optional<String> closest(String input, Collection<String> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String typed = input.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, typed.length() / 3);
        return candidates.stream()
                .filter(Objects::nonNull)
                .map(candidate -> new Scored(candidate, distance(typed, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance <= allowed && scored.distance < typed.length()
                        || isLongPrefixPair(typed, scored.name.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** "benchmark" for "bench", "thresh" for "thresholds": one word typed as a longer or shorter form of the other. */
    private static boolean isLongPrefixPair(String typed, String candidate) {
        String shorter = typed.length() <= candidate.length() ? typed : candidate;
        String longer = shorter == typed ? candidate : typed;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /** The optimal string alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                boolean swapped = i > 1 && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
                if (swapped) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String name, int distance) {
    }
}

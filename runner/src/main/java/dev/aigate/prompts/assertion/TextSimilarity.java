package dev.aigate.prompts.assertion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reference-based text scores: Levenshtein distance, ROUGE-N recall and sentence BLEU. */
public final class TextSimilarity {

    private static final int BLEU_MAX_N = 4;

    private TextSimilarity() {
    }

    /** Edits (insert, delete, substitute one character) that turn {@code a} into {@code b}. */
    public static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * ROUGE-N recall (Lin, 2004): the share of the reference's n-grams found in the candidate, counts clipped.
     * Lower-cased word tokens.
     */
    public static double rougeN(String candidate, String reference, int n) {
        Map<List<String>, Integer> wanted = ngrams(tokens(reference), n);
        int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        Map<List<String>, Integer> found = ngrams(tokens(candidate), n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> gram : wanted.entrySet()) {
            overlap += Math.min(gram.getValue(), found.getOrDefault(gram.getKey(), 0));
        }
        return (double) overlap / total;
    }

    /**
     * Sentence BLEU-4 (Papineni et al., 2002) against one or more references: geometric mean of clipped n-gram
     * precisions (add-one smoothing for n > 1, Lin and Och's method, so short answers do not score 0) times the
     * brevity penalty against the reference closest in length.
     */
    public static double bleu(String candidate, List<String> references) {
        List<String> hypothesis = tokens(candidate);
        if (hypothesis.isEmpty() || references.isEmpty()) {
            return 0;
        }
        List<List<String>> refs = references.stream().map(TextSimilarity::tokens).toList();
        double logSum = 0;
        for (int n = 1; n <= BLEU_MAX_N; n++) {
            Map<List<String>, Integer> grams = ngrams(hypothesis, n);
            int total = grams.values().stream().mapToInt(Integer::intValue).sum();
            int clipped = 0;
            for (Map.Entry<List<String>, Integer> gram : grams.entrySet()) {
                int most = 0;
                for (List<String> ref : refs) {
                    most = Math.max(most, ngrams(ref, n).getOrDefault(gram.getKey(), 0));
                }
                clipped += Math.min(gram.getValue(), most);
            }
            double precision = n == 1 ? (total == 0 ? 0 : (double) clipped / total)
                    : (clipped + 1.0) / (total + 1.0);
            if (precision == 0) {
                return 0;
            }
            logSum += Math.log(precision) / BLEU_MAX_N;
        }
        int c = hypothesis.size();
        int r = refs.stream().map(List::size)
                .min((x, y) -> Math.abs(x - c) != Math.abs(y - c) ? Math.abs(x - c) - Math.abs(y - c) : x - y)
                .orElse(c);
        double brevity = c >= r ? 1 : Math.exp(1 - (double) r / c);
        return brevity * Math.exp(logSum);
    }

    static List<String> tokens(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(new ArrayList<>(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}

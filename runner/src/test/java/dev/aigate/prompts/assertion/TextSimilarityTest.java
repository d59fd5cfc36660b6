package dev.aigate.prompts.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference values worked by hand (and, for BLEU, the formula with Lin-Och add-one smoothing). */
class TextSimilarityTest {

    @Test
    void levenshteinCountsSingleCharacterEdits() {
        assertThat(TextSimilarity.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(TextSimilarity.levenshtein("", "abc")).isEqualTo(3);
        assertThat(TextSimilarity.levenshtein("flaw", "lawn")).isEqualTo(2);
        assertThat(TextSimilarity.levenshtein("same", "same")).isZero();
    }

    @Test
    void rougeNIsClippedRecallOfTheReferenceNgrams() {
        // reference unigrams: the x2, cat, sat, on, mat (6); candidate has the x1, cat, sat, on, mat -> 5/6
        assertThat(TextSimilarity.rougeN("the cat sat on mat", "the cat sat on the mat", 1)).isCloseTo(5.0 / 6,
                within(1e-12));
        // reference bigrams: the-cat, cat-sat, sat-on, on-the, the-mat (5); candidate has 3 of them
        assertThat(TextSimilarity.rougeN("the cat sat on a mat", "the cat sat on the mat", 2)).isCloseTo(3.0 / 5,
                within(1e-12));
        assertThat(TextSimilarity.rougeN("anything", "", 1)).isZero();
    }

    @Test
    void bleuIsOneForAnExactMatchAndPenalisesShortAnswers() {
        String reference = "the quick brown fox jumps over the lazy dog";
        assertThat(TextSimilarity.bleu(reference, List.of(reference))).isCloseTo(1.0, within(1e-12));
        // "the quick brown fox": p1 = 4/4; p2..p4 smoothed (3+1)/(3+1), (2+1)/(2+1), (1+1)/(1+1) = 1;
        // brevity penalty exp(1 - 9/4)
        assertThat(TextSimilarity.bleu("the quick brown fox", List.of(reference))).isCloseTo(Math.exp(1 - 9.0 / 4),
                within(1e-12));
        assertThat(TextSimilarity.bleu("zebra", List.of(reference))).isZero();
    }
}

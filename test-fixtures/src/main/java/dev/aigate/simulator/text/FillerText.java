package dev.aigate.simulator.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded filler words for unscripted answers: one word per token, so usage counts are exact. */
public final class FillerText {

    private static final String[] WORDS = ("the model is a fast and calm one that will say what it can about "
            + "data time code test run gate load step token batch queue cache lane node flow plan loop core "
            + "wave tone page line form").split(" ");

    private FillerText() {
    }

    /** {@code count} tokens: the first word bare, the others with a leading space. */
    public static List<String> tokens(SplittableRandom random, int count) {
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            tokens.add(i == 0 ? word : " " + word);
        }
        return tokens;
    }
}

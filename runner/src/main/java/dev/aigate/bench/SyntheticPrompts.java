package dev.aigate.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deterministic prompts of an exact {@code cl100k_base} length, different for every request so that a server's
 * prefix cache cannot make the benchmark free.
 *
 * <p>A prompt is a sequence of common English words, each one token with or without a leading space. The
 * tokenizer splits text into words before merging, so {@code n} such words are exactly {@code n} tokens. The words
 * are drawn from a generator seeded with the run's seed and the request's index: the same run sends the same
 * prompts, and two requests share a prefix of more than a couple of tokens only by vanishing chance. A chat
 * template adds its own tokens on the server; those are the server's and are not counted here.
 */
public final class SyntheticPrompts {

    private static final List<String> WORDS = Stream.of((""
            + "time year people way day man thing woman life child world school state family student group "
            + "country problem hand part place case week company system program question work government number "
            + "night point home water room mother area money story fact month lot right study book eye job word "
            + "business issue side kind head house service friend father power hour game line end member law car "
            + "city community name president team minute idea kid body information back parent face others level "
            + "office door health person art war history party result change morning reason research girl guy "
            + "moment air teacher force education foot boy age policy music market sense nation plan college "
            + "interest death experience effect class control care field development role effort rate heart drug "
            + "show leader light voice wife police mind price report decision son view relationship town road arm "
            + "difference value building action model season society tax director position player record paper "
            + "space ground form event official matter center couple site project activity star table need court "
            + "oil situation cost industry figure street image phone data picture practice piece land product "
            + "doctor wall patient worker news test movie north love support technology step baby computer type "
            + "attention film tree source organization hair window evidence population truth song river garden "
            + "green blue red small large quick bright quiet early late simple strong clear open happy ready")
            .split(" "))
            .distinct()
            .filter(word -> TokenCounter.count(word) == 1 && TokenCounter.count(" " + word) == 1)
            .collect(Collectors.toUnmodifiableList());

    private final int tokens;
    private final long seed;

    /**
     * @param tokens the length of every prompt, in {@code cl100k_base} tokens
     * @param seed   the run's seed
     */
    public SyntheticPrompts(int tokens, long seed) {
        if (tokens < 1) {
            throw new IllegalArgumentException("a prompt needs at least one token, got " + tokens);
        }
        this.tokens = tokens;
        this.seed = seed;
    }

    /** The prompt of request {@code index}: always the same for the same seed, length and index. */
    public String prompt(long index) {
        // SplittableRandom mixes its seed, so neighbouring indices give unrelated sequences.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        StringBuilder text = new StringBuilder(tokens * 8);
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** The length of every prompt, in tokens. */
    public int tokens() {
        return tokens;
    }
}

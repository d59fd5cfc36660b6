package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic prompts: exact length in cl100k_base tokens, deterministic, different for every request. */
class SyntheticPromptsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 128, 1000, 4096})
    void everyPromptHasExactlyTheTargetTokenCount(int tokens) {
        SyntheticPrompts prompts = new SyntheticPrompts(tokens, 42);

        LongStream.range(0, 20).forEach(index ->
                assertThat(TokenCounter.count(prompts.prompt(index))).as("prompt %d", index).isEqualTo(tokens));
    }

    @Test
    void theSameSeedAndIndexGiveTheSamePrompt() {
        assertThat(new SyntheticPrompts(64, 9).prompt(3)).isEqualTo(new SyntheticPrompts(64, 9).prompt(3));
    }

    @Test
    void requestsDoNotShareAPrefixThatACacheCouldReuse() {
        SyntheticPrompts prompts = new SyntheticPrompts(256, 1);

        assertThat(LongStream.range(0, 200).mapToObj(index -> prompts.prompt(index).substring(0, 40)).distinct())
                .hasSize(200);
    }

    @Test
    void anotherSeedGivesOtherPrompts() {
        assertThat(new SyntheticPrompts(64, 1).prompt(0)).isNotEqualTo(new SyntheticPrompts(64, 2).prompt(0));
    }
}

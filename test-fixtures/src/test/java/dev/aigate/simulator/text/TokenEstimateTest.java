package dev.aigate.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The approximate tokenizer shared by usage counts and prefill cost. */
class TokenEstimateTest {

    @Test
    void promptTokensAreAboutFourCharactersEach() {
        assertThat(TokenEstimate.promptTokens("")).isEqualTo(1);
        assertThat(TokenEstimate.promptTokens("abcd")).isEqualTo(1);
        assertThat(TokenEstimate.promptTokens("abcde")).isEqualTo(2);
        assertThat(TokenEstimate.promptTokens("x".repeat(4000))).isEqualTo(1000);
    }

    @Test
    void splitPiecesConcatenateBackToTheText() {
        String text = "  Hello, wonderful world!\n ";

        assertThat(String.join("", TokenEstimate.split(text))).isEqualTo(text);
        assertThat(TokenEstimate.split("Hello world")).containsExactly("Hell", "o", " worl", "d");
        assertThat(TokenEstimate.split("   ")).containsExactly("   ");
    }
}

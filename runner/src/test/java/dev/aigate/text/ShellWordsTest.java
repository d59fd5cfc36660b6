package dev.aigate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void splitsOnBlanksAndKeepsQuotedBlanks() {
        assertThat(ShellWords.split("  --threshold 'p99(ttft) < 500ms'\t--debug "))
                .containsExactly("--threshold", "p99(ttft) < 500ms", "--debug");
        assertThat(ShellWords.split("--model \"meta-llama/Llama 3\" x")).containsExactly("--model", "meta-llama/Llama 3", "x");
    }

    @Test
    void quotesJoinWithTheirNeighboursAndBackslashesEscape() {
        assertThat(ShellWords.split("--out=\"my dir\"/x a\\ b")).containsExactly("--out=my dir/x", "a b");
        assertThat(ShellWords.split("\"say \\\"hi\\\" \\n\"")).containsExactly("say \"hi\" \\n");
        assertThat(ShellWords.split("'$HOME' \"\"")).containsExactly("$HOME", "");
    }

    @Test
    void emptyTextIsNoWords() {
        assertThat(ShellWords.split("")).isEmpty();
        assertThat(ShellWords.split(" \n ")).isEmpty();
    }

    @Test
    void unclosedQuotesAreErrors() {
        assertThatThrownBy(() -> ShellWords.split("--threshold 'p99(ttft) < 5s")).hasMessageContaining("unclosed single");
        assertThatThrownBy(() -> ShellWords.split("\"open")).hasMessageContaining("unclosed double");
        assertThatThrownBy(() -> ShellWords.split("x\\")).hasMessageContaining("trailing backslash");
    }
}

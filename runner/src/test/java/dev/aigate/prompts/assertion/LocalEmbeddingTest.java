package dev.aigate.prompts.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped all-MiniLM-L6-v2 model really loads from the classpath, offline, and ranks meaning, not spelling. */
class LocalEmbeddingTest {

    @Test
    void loadsAndScoresParaphrasesAboveUnrelatedText() {
        Embedder local = Embedders.local();
        float[] closed = local.embed("The stores are closed on Sundays.");
        float[] paraphrase = local.embed("On Sunday our shops do not open.");
        float[] unrelated = local.embed("Express delivery costs 9.95 euros.");

        assertThat(closed).hasSize(384);
        double near = Similar.cosine(closed, paraphrase);
        double far = Similar.cosine(closed, unrelated);
        assertThat(near).isGreaterThan(0.6).isGreaterThan(far + 0.3);
        assertThat(Similar.cosine(closed, local.embed("The stores are closed on Sundays."))).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void similarPassesAParaphraseAndFailsAWrongAnswer() {
        GradingContext context = new GradingContext(Map.of(), "Are you open on Sunday?", Grader.NONE,
                Embedders.local());
        Similar similar = new Similar(List.of("No, the stores are closed on Sunday."), 0.7);

        Output paraphrase = Output.text(
                "No, our stores are closed on Sunday. They open 9:00-18:00 Monday to Saturday.");
        assertThat(similar.check(paraphrase, context).pass()).isTrue();
        Check wrong = similar.check(Output.text("Express delivery takes one working day."), context);
        assertThat(wrong.pass()).isFalse();
        assertThat(wrong.reason()).contains("all-MiniLM-L6-v2");
    }
}

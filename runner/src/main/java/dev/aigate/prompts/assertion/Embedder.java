package dev.aigate.prompts.assertion;

/** Turns text into a vector for {@code similar}; implementations are thread-safe. */
public interface Embedder {

    /** The embedding of {@code text}. */
    float[] embed(String text);

    /** Which model embeds, for reports. */
    String describe();
}

package dev.aigate.bench;

/**
 * Where a benchmark's prompts come from: synthetic prompts of an exact length, a prompt file, or (later) the cases
 * of a prompt suite. Implementations are immutable and thread-safe; the same index always gives the same prompt.
 */
public interface PromptSource {

    /** The prompt of the run-wide request {@code index} (warm-up included). */
    BenchPrompt prompt(long index);

    /** Synthetic prompts of {@code spec.inputTokens()} tokens, each asking for {@code spec.outputTokens()}. */
    static PromptSource synthetic(BenchSpec spec) {
        SyntheticPrompts prompts = new SyntheticPrompts(spec.inputTokens(), spec.seed());
        return index -> new BenchPrompt(prompts.prompt(index), prompts.tokens(), spec.outputTokens());
    }

    /** The prompts a spec names: its dataset's when it has one (read now), else synthetic ones. */
    static PromptSource of(BenchSpec spec) {
        return spec.dataset() == null ? synthetic(spec) : DatasetReader.read(spec.dataset(), spec);
    }
}

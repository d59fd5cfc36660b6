package dev.aigate.bench;

/**
 * One prompt to send and how long its answer should be.
 *
 * @param text         the user message
 * @param inputTokens  its length in {@code cl100k_base} tokens (used when the server reports no usage)
 * @param outputTokens the {@code max_tokens} to ask for
 */
public record BenchPrompt(String text, int inputTokens, int outputTokens) {
}

package dev.aigate.simulator.wire;

/**
 * What a wire format needs to render one request's response.
 *
 * @param id            the response id (prefix chosen by the format)
 * @param model         the model name echoed back
 * @param created       Unix seconds
 * @param promptTokens  input tokens, as reported in usage
 * @param reply         the generated answer
 * @param includeUsage  OpenAI {@code stream_options.include_usage}: send a usage-only chunk before {@code [DONE]}
 */
public record Generation(String id, String model, long created, int promptTokens, Reply reply,
                         boolean includeUsage) {
}

package dev.aigate.simulator.server;

import dev.aigate.simulator.Endpoint;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A generation request reduced to what the simulator acts on, whatever the API.
 *
 * @param endpoint        which API it came through
 * @param model           the requested model (Azure: the deployment name)
 * @param stream          SSE or one JSON body
 * @param includeUsage    OpenAI {@code stream_options.include_usage}
 * @param maxTokens       the output cap, if given
 * @param minTokens       vLLM's {@code min_tokens}, 0 when absent
 * @param ignoreEos       vLLM's {@code ignore_eos}: generate exactly {@code maxTokens}
 * @param promptText      all input text (system, messages or prompt), which sets the prompt token count
 * @param lastUserMessage the last user message (chat) or the prompt (completions), for script regexes
 * @param caseId          header {@code X-Aigate-Case} or body {@code metadata.case_id}
 * @param repeat          header {@code X-Aigate-Repeat} or body {@code metadata.repeat}, when the client numbers
 *                        its repeats itself
 */
public record GenerationRequest(Endpoint endpoint, String model, boolean stream, boolean includeUsage,
                                OptionalInt maxTokens, int minTokens, boolean ignoreEos, String promptText,
                                String lastUserMessage, Optional<String> caseId, OptionalInt repeat) {
}

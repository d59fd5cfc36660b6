package dev.aigate.prompts.suite;

import dev.aigate.provider.ChatMessage;
import java.util.List;
import java.util.Map;

/**
 * A prompt under test: chat messages with placeholders and the model parameters sent with them. Kept in a
 * suite, or in its own file ({@code prompts/production/extract.yaml}) so a prompt change is a reviewed diff.
 *
 * @param id          how cases refer to it
 * @param version     the prompt's version as its file says (shown in reports), or null
 * @param messages    role and template of each message; the last user message is what scripts and graders see
 * @param temperature null leaves the server's default
 * @param maxTokens   the most output tokens
 * @param params      further body fields sent as they are (e.g. {@code top_p}, {@code seed})
 * @param source      where it was read from, for reports
 */
public record PromptTemplate(String id, String version, List<Message> messages, Double temperature, int maxTokens,
                             Map<String, Object> params, String source) {

    public static final int DEFAULT_MAX_TOKENS = 512;

    public PromptTemplate {
        messages = List.copyOf(messages);
        params = Map.copyOf(params);
    }

    /** One templated chat message. */
    public record Message(String role, Template template) {
    }

    /** The messages with the case's variables filled in. */
    public List<ChatMessage> render(Map<String, String> vars) {
        return messages.stream().map(m -> new ChatMessage(m.role(), m.template().render(vars))).toList();
    }

    /** The id with its version, e.g. {@code extract@3}, for reports. */
    public String label() {
        return version == null ? id : id + "@" + version;
    }
}

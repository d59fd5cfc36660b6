package dev.aigate.simulator.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenAI legacy Completions ({@code POST /v1/completions}): {@code choices[0].text} per token, a final chunk
 * with {@code finish_reason}, an optional usage chunk, then {@code [DONE]}. There is no role chunk; scripted tool
 * calls come out as their argument text.
 */
public final class OpenAiCompletionsFormat implements WireFormat {

    @Override
    public String idPrefix() {
        return "cmpl-";
    }

    @Override
    public String body(Generation generation) {
        ObjectNode root = OpenAiEnvelope.start(generation, "text_completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("text", allText(generation.reply()));
        choice.putNull("logprobs");
        choice.put("finish_reason", generation.reply().finishReason());
        root.set("usage", OpenAiErrors.usage(generation));
        return JsonText.write(root);
    }

    @Override
    public StreamEncoder stream(Generation generation) {
        String prefix = "data: {\"id\":" + JsonText.quote(generation.id()) + ",\"object\":\"text_completion\","
                + "\"created\":" + generation.created() + ",\"model\":" + JsonText.quote(generation.model())
                + ",\"choices\":[{\"index\":0,\"text\":";
        String suffix = generation.includeUsage() ? ",\"usage\":null}\n\n" : "}\n\n";
        return new StreamEncoder() {
            @Override
            public String head() {
                return "";
            }

            @Override
            public String token(OutputToken token) {
                return prefix + JsonText.quote(token.text()) + ",\"logprobs\":null,\"finish_reason\":null}]" + suffix;
            }

            @Override
            public String tail() {
                StringBuilder tail = new StringBuilder(prefix + "\"\",\"logprobs\":null,\"finish_reason\":"
                        + JsonText.quote(generation.reply().finishReason()) + "}]" + suffix);
                if (generation.includeUsage()) {
                    tail.append(OpenAiEnvelope.usageChunk(generation, "text_completion"));
                }
                return tail.append("data: [DONE]\n\n").toString();
            }

            @Override
            public String corruptEvent() {
                return "data: {\"choices\":[{\"text\":\"\n\n";
            }
        };
    }

    @Override
    public String errorBody(ApiError error, String message) {
        return OpenAiErrors.body(error, message);
    }

    private static String allText(Reply reply) {
        StringBuilder text = new StringBuilder();
        reply.tokens().forEach(token -> text.append(token.text()));
        return text.toString();
    }
}

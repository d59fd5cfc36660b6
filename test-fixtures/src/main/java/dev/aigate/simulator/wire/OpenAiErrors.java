package dev.aigate.simulator.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OpenAI's error body: {@code {"error": {"message", "type", "param", "code"}}}. */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    static String body(ApiError error, String message) {
        ObjectNode root = JsonText.object();
        ObjectNode body = root.putObject("error");
        body.put("message", message);
        body.put("type", error.openAiType());
        body.putNull("param");
        body.put("code", error.openAiCode());
        return JsonText.write(root);
    }

    static ObjectNode usage(Generation generation) {
        ObjectNode usage = JsonText.object();
        int completion = generation.reply().completionTokens();
        usage.put("prompt_tokens", generation.promptTokens());
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", generation.promptTokens() + completion);
        return usage;
    }
}

package dev.aigate.simulator.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The parts OpenAI response objects share: the id/object/created/model envelope and the usage chunk. */
final class OpenAiEnvelope {

    private OpenAiEnvelope() {
    }

    /** A response object with its envelope filled in and nothing else. */
    static ObjectNode start(Generation generation, String object) {
        ObjectNode root = JsonText.object();
        root.put("id", generation.id());
        root.put("object", object);
        root.put("created", generation.created());
        root.put("model", generation.model());
        return root;
    }

    /** The usage-only chunk sent before {@code [DONE]} when the client asked for {@code include_usage}. */
    static String usageChunk(Generation generation, String object) {
        ObjectNode chunk = start(generation, object);
        chunk.putArray("choices");
        chunk.set("usage", OpenAiErrors.usage(generation));
        return JsonText.sseData(JsonText.write(chunk));
    }
}

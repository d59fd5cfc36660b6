package dev.aigate.simulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.simulator.Endpoint;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the JSON body of a chat, completions or messages request into a {@link GenerationRequest}. */
final class RequestParser {

    static final String CASE_HEADER = "X-Aigate-Case";
    static final String REPEAT_HEADER = "X-Aigate-Repeat";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String defaultModel;

    RequestParser(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    /**
     * @param deployment Azure's deployment name from the path, or null
     * @param caseHeader the {@code X-Aigate-Case} header, or null
     * @param repeatHeader the {@code X-Aigate-Repeat} header, or null
     */
    GenerationRequest parse(Endpoint endpoint, String body, String deployment, String caseHeader,
                            String repeatHeader) throws BadRequestException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("request body must be a JSON object");
        }
        String model = deployment != null ? deployment : optionalText(root, "model").orElse(defaultModel);
        boolean stream = bool(root, "stream");
        boolean includeUsage = root.path("stream_options").path("include_usage").asBoolean(false);
        OptionalInt maxTokens = positiveInt(root, endpoint == Endpoint.MESSAGES ? "max_tokens"
                : root.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens");
        if (endpoint == Endpoint.MESSAGES && maxTokens.isEmpty()) {
            throw new BadRequestException("max_tokens: Field required");
        }
        int minTokens = root.path("min_tokens").asInt(0);
        boolean ignoreEos = bool(root, "ignore_eos");

        String promptText;
        String lastUser;
        if (endpoint == Endpoint.COMPLETIONS) {
            JsonNode prompt = root.get("prompt");
            if (prompt == null || !(prompt.isTextual() || prompt.isArray())) {
                throw new BadRequestException("'prompt' is required: a string or a list of strings");
            }
            promptText = prompt.isTextual() ? prompt.asText() : joinTexts(prompt);
            lastUser = promptText;
        } else {
            JsonNode messages = root.get("messages");
            if (messages == null || !messages.isArray() || messages.isEmpty()) {
                throw new BadRequestException("'messages' is required: a non-empty list");
            }
            StringBuilder all = new StringBuilder(contentText(root.path("system")));
            lastUser = "";
            for (JsonNode message : messages) {
                if (!message.isObject() || !message.path("role").isTextual()) {
                    throw new BadRequestException("each message needs a 'role'");
                }
                String content = contentText(message.path("content"));
                all.append(all.length() == 0 ? "" : "\n").append(content);
                if ("user".equals(message.get("role").asText())) {
                    lastUser = content;
                }
            }
            promptText = all.toString();
        }
        Optional<String> caseId = Optional.ofNullable(caseHeader)
                .or(() -> optionalText(root.path("metadata"), "case_id"));
        return new GenerationRequest(endpoint, model, stream, includeUsage, maxTokens, minTokens, ignoreEos,
                promptText, lastUser, caseId, repeat(repeatHeader, root.path("metadata")));
    }

    /** Message content: a string, or a list of parts whose {@code text} fields are joined. */
    private static String contentText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        return content.isArray() ? joinTexts(content) : "";
    }

    private static String joinTexts(JsonNode array) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : array) {
            text.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
        }
        return text.toString();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static boolean bool(JsonNode root, String field) throws BadRequestException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRequestException("'" + field + "' must be a boolean");
        }
        return value.asBoolean();
    }

    private static OptionalInt positiveInt(JsonNode root, String field) throws BadRequestException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw new BadRequestException("'" + field + "' must be a positive integer");
        }
        return OptionalInt.of(value.asInt());
    }

    /** The header when present, else body {@code metadata.repeat} (a client that cannot set headers per request). */
    private static OptionalInt repeat(String header, JsonNode metadata) throws BadRequestException {
        if (header != null) {
            return parseRepeat(header);
        }
        JsonNode repeat = metadata.get("repeat");
        if (repeat == null || repeat.isNull()) {
            return OptionalInt.empty();
        }
        if (!repeat.isIntegralNumber() || !repeat.canConvertToInt()) {
            throw new BadRequestException("'metadata.repeat' must be an integer");
        }
        return OptionalInt.of(repeat.asInt());
    }

    private static OptionalInt parseRepeat(String header) throws BadRequestException {
        try {
            return OptionalInt.of(Integer.parseInt(header.trim()));
        } catch (NumberFormatException e) {
            throw new BadRequestException(REPEAT_HEADER + " must be an integer");
        }
    }
}

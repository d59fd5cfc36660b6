package dev.aigate.simulator;

import java.util.List;
import java.util.Optional;

/**
 * What a matching script rule answers: one of several weighted text variants (one variant = a fixed text), or
 * tool calls; and optionally the finish reason (OpenAI terms: {@code stop}, {@code length}, {@code tool_calls}).
 *
 * @param variants     weighted texts; empty when the response is tool calls
 * @param toolCalls    tool calls; empty when the response is text
 * @param finishReason the finish reason to report; empty = {@code stop}, or {@code tool_calls} for tool calls
 */
public record ScriptResponse(List<Variant> variants, List<ToolCall> toolCalls, Optional<String> finishReason) {

    public ScriptResponse {
        variants = List.copyOf(variants);
        toolCalls = List.copyOf(toolCalls);
        if (variants.isEmpty() == toolCalls.isEmpty()) {
            throw new IllegalArgumentException("a script response has either text variants or tool calls");
        }
    }

    /** Always this text. */
    public static ScriptResponse text(String text) {
        return new ScriptResponse(List.of(new Variant(1, text)), List.of(), Optional.empty());
    }

    /** One of these texts, chosen by weight, deterministically per seed and repeat. */
    public static ScriptResponse variants(List<Variant> variants) {
        return new ScriptResponse(variants, List.of(), Optional.empty());
    }

    public static ScriptResponse toolCalls(List<ToolCall> calls) {
        return new ScriptResponse(List.of(), calls, Optional.empty());
    }

    public ScriptResponse withFinishReason(String reason) {
        return new ScriptResponse(variants, toolCalls, Optional.of(reason));
    }

    /** The variant for a uniform draw in [0, 1). */
    public String pickText(double draw) {
        double total = variants.stream().mapToDouble(Variant::weight).sum();
        double target = draw * total;
        double cumulative = 0;
        for (Variant variant : variants) {
            cumulative += variant.weight();
            if (target < cumulative) {
                return variant.text();
            }
        }
        return variants.get(variants.size() - 1).text();
    }

    /** A text with a relative weight. */
    public record Variant(double weight, String text) {
        public Variant {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("variant weight must be positive, got " + weight);
            }
        }
    }
}

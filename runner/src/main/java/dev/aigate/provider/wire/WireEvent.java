package dev.aigate.provider.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * What one event (or one whole non-streamed body) said, in provider-neutral terms.
 *
 * @param carriesContent true when the event carries generated tokens (text, reasoning or tool-call pieces): it
 *                       counts for TTFT and ITL (SPEC §4). Role-only, finish-only and usage-only events do not.
 * @param text           generated answer text ("" when none; reasoning text is not part of the answer)
 * @param toolCalls      tool-call pieces, in order
 * @param inputTokens    the prompt's token count when the event reports it, else null
 * @param outputTokens   the generated token count so far when the event reports it, else null
 * @param finishReason   why generation stopped, when the event says, else null
 * @param last           true for the stream's final event ({@code [DONE]}, {@code message_stop})
 * @param error          an error reported inside the response, else null
 */
public record WireEvent(
        boolean carriesContent,
        String text,
        List<ToolCallDelta> toolCalls,
        Integer inputTokens,
        Integer outputTokens,
        String finishReason,
        boolean last,
        StreamError error) {

    /** An event that says nothing we use (pings, {@code content_block_stop}, role-only chunks). */
    public static final WireEvent NOTHING = builder().build();

    /** The stream's final event. */
    public static final WireEvent END = builder().last().build();

    public WireEvent {
        toolCalls = List.copyOf(toolCalls);
    }

    public static WireEvent failed(StreamError error) {
        return builder().error(error).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects an event's parts as a decoder finds them. */
    public static final class Builder {
        private boolean carriesContent;
        // Most events carry one piece of text and no tool call: nothing is allocated for them until needed.
        private String text = "";
        private List<ToolCallDelta> toolCalls = List.of();
        private Integer inputTokens;
        private Integer outputTokens;
        private String finishReason;
        private boolean last;
        private StreamError error;

        private Builder() {
        }

        /** Generated answer text; empty text is not content. */
        public Builder text(String value) {
            if (value != null && !value.isEmpty()) {
                text = text.isEmpty() ? value : text + value;
                carriesContent = true;
            }
            return this;
        }

        /** Generated tokens that are not answer text (reasoning, thinking); empty text is not content. */
        public Builder hiddenContent(String value) {
            if (value != null && !value.isEmpty()) {
                carriesContent = true;
            }
            return this;
        }

        /** Marks the event as content-carrying whatever it holds (Anthropic: every {@code content_block_delta}). */
        public Builder content() {
            carriesContent = true;
            return this;
        }

        /** A tool-call piece; it makes the event content-carrying when {@code generated} is true. */
        public Builder toolCall(ToolCallDelta delta, boolean generated) {
            if (toolCalls.isEmpty()) {
                toolCalls = new ArrayList<>();
            }
            toolCalls.add(delta);
            carriesContent |= generated;
            return this;
        }

        public Builder inputTokens(Integer count) {
            inputTokens = count;
            return this;
        }

        public Builder outputTokens(Integer count) {
            outputTokens = count;
            return this;
        }

        public Builder finishReason(String reason) {
            if (reason != null) {
                finishReason = reason;
            }
            return this;
        }

        public Builder last() {
            last = true;
            return this;
        }

        public Builder error(StreamError value) {
            error = value;
            return this;
        }

        public WireEvent build() {
            return new WireEvent(carriesContent, text, toolCalls, inputTokens, outputTokens,
                    finishReason, last, error);
        }
    }
}

package dev.aigate.provider.http;

import dev.aigate.provider.Completion;
import dev.aigate.provider.Failure;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.TokenUsage;
import dev.aigate.provider.wire.WireEvent;
import java.util.Arrays;

/**
 * Collects what one attempt's answer said, event by event: the arrival time of each content-carrying event (told
 * to the observer at once), the text, tool calls, usage and finish reason.
 */
final class ResponseRecorder {

    private final StreamObserver observer;
    private long[] contentNanos = new long[32];
    private int contentEvents;
    private final StringBuilder text = new StringBuilder();
    private final ToolCallAssembler toolCalls = new ToolCallAssembler();
    private Integer inputTokens;
    private Integer outputTokens;
    private String finishReason;

    ResponseRecorder(StreamObserver observer) {
        this.observer = observer;
    }

    void record(WireEvent event, long receivedNanos) {
        if (event.carriesContent()) {
            if (contentEvents == contentNanos.length) {
                contentNanos = Arrays.copyOf(contentNanos, contentEvents * 2);
            }
            contentNanos[contentEvents++] = receivedNanos;
            observer.onContent(receivedNanos, event.text());
        }
        text.append(event.text());
        event.toolCalls().forEach(toolCalls::add);
        if (event.inputTokens() != null) {
            inputTokens = event.inputTokens();
        }
        if (event.outputTokens() != null) {
            outputTokens = event.outputTokens();
        }
        if (event.finishReason() != null) {
            finishReason = event.finishReason();
        }
    }

    int contentEvents() {
        return contentEvents;
    }

    /** The request's result; usage is reported only when the server gave an output count. */
    Completion toCompletion(long startNanos, int retries, Failure failure) {
        TokenUsage usage = outputTokens == null ? null
                : new TokenUsage(inputTokens == null ? 0 : inputTokens, outputTokens);
        return new Completion(startNanos, Arrays.copyOf(contentNanos, contentEvents), text.toString(),
                toolCalls.toolCalls(), usage, finishReason, retries, failure);
    }
}

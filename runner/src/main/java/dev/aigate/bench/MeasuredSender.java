package dev.aigate.bench;

import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import java.util.List;
import java.util.Map;

/** Turns each planned request into a chat request with its prompt, sends it and records what it measured. */
final class MeasuredSender implements RequestHandler<MeasuredSender.Prepared> {

    /** A request ready to send, with the prompt length to fall back on when the server reports no usage. */
    record Prepared(ModelRequest request, int promptTokens) {
    }

    private final BenchSpec spec;
    private final PromptSource prompts;
    private final ModelClient client;
    private final BenchRecorder recorder;

    MeasuredSender(BenchSpec spec, PromptSource prompts, ModelClient client, BenchRecorder recorder) {
        this.spec = spec;
        this.prompts = prompts;
        this.client = client;
        this.recorder = recorder;
    }

    /** Has the client open {@code connections} and encode the first prompt's request before anything is timed. */
    void warmUp(int connections) {
        client.warmUp(request(prompts.prompt(0)), connections);
    }

    @Override
    public Prepared prepare(PlannedRequest request) {
        BenchPrompt prompt = prompts.prompt(request.index());
        return new Prepared(request(prompt), prompt.inputTokens());
    }

    /**
     * Sends the request and records it. In an open loop its client-side queueing runs from its scheduled instant to
     * its start (just before it was written, SPEC §4): waiting for a free slot, a worker waking late, connecting and
     * encoding all delay a request the schedule says is due, and none of it may go unreported.
     */
    @Override
    public void send(PlannedRequest request, Prepared prepared) {
        recorder.begin(request);
        Completion completion = client.send(prepared.request());
        long endNanos = System.nanoTime();
        long queueNanos = request.paced() ? Math.max(0, completion.startNanos() - request.dueNanos()) : -1;
        recorder.finish(request, RequestMeasurement.of(completion, endNanos, queueNanos, prepared.promptTokens()));
    }

    private ModelRequest request(BenchPrompt prompt) {
        return new ModelRequest(spec.model(), List.of(ChatMessage.user(prompt.text())), null, prompt.outputTokens(),
                null, spec.stream(), spec.ignoreEos(), Map.of());
    }

    @Override
    public void abandonInFlight() {
        recorder.seal();
    }
}

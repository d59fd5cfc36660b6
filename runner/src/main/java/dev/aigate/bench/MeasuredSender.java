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

    @Override
    public Prepared prepare(PlannedRequest request) {
        BenchPrompt prompt = prompts.prompt(request.index());
        return new Prepared(new ModelRequest(spec.model(), List.of(ChatMessage.user(prompt.text())), null,
                prompt.outputTokens(), null, spec.stream(), spec.ignoreEos(), Map.of()), prompt.inputTokens());
    }

    @Override
    public void send(PlannedRequest request, Prepared prepared) {
        long queueNanos = request.paced() ? Math.max(0, System.nanoTime() - request.dueNanos()) : -1;
        recorder.begin(request, queueNanos);
        Completion completion = client.send(prepared.request());
        long endNanos = System.nanoTime();
        recorder.finish(request, RequestMeasurement.of(completion, endNanos, queueNanos, prepared.promptTokens()));
    }

    @Override
    public void abandonInFlight() {
        recorder.seal();
    }
}

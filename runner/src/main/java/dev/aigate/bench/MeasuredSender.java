package dev.aigate.bench;

import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import java.util.List;
import java.util.Map;

/** Turns each planned request into a chat request with a synthetic prompt, sends it and records what it measured. */
final class MeasuredSender implements RequestHandler<ModelRequest> {

    private final BenchSpec spec;
    private final SyntheticPrompts prompts;
    private final ModelClient client;
    private final BenchRecorder recorder;

    MeasuredSender(BenchSpec spec, ModelClient client, BenchRecorder recorder) {
        this.spec = spec;
        this.prompts = new SyntheticPrompts(spec.inputTokens(), spec.seed());
        this.client = client;
        this.recorder = recorder;
    }

    @Override
    public ModelRequest prepare(PlannedRequest request) {
        return new ModelRequest(spec.model(), List.of(ChatMessage.user(prompts.prompt(request.index()))), null,
                spec.outputTokens(), null, spec.stream(), spec.ignoreEos(), Map.of());
    }

    @Override
    public void send(PlannedRequest request, ModelRequest prepared) {
        long queueNanos = request.paced() ? Math.max(0, System.nanoTime() - request.dueNanos()) : -1;
        recorder.begin(request, queueNanos);
        Completion completion = client.send(prepared);
        long endNanos = System.nanoTime();
        recorder.finish(request, RequestMeasurement.of(completion, endNanos, queueNanos, prompts.tokens()));
    }

    @Override
    public void abandonInFlight() {
        recorder.seal();
    }
}

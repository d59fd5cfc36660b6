package dev.aigate.prompts.exec;

import dev.aigate.prompts.assertion.Grader;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * A {@link Grader} backed by a model endpoint: asked at temperature 0 for reproducible grades, its calls and
 * spend counted apart from the suite's so a report shows what grading cost.
 */
public final class ModelGrader implements Grader {

    private static final int MAX_TOKENS = 300;

    private final ModelClient client;
    private final String describe;
    private final Price price;
    private final DoubleAdder spend = new DoubleAdder();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    public ModelGrader(ModelClient client, String describe, Price price) {
        this.client = client;
        this.describe = describe;
        this.price = price;
    }

    @Override
    public Optional<String> ask(String prompt) {
        calls.incrementAndGet();
        Completion completion = client.send(new ModelRequest(null, List.of(ChatMessage.user(prompt)), null,
                MAX_TOKENS, 0.0, false, false, Map.of()));
        if (!completion.succeeded()) {
            failures.incrementAndGet();
            return Optional.empty();
        }
        completion.reportedUsage().ifPresent(u -> spend.add(price.cost(u.inputTokens(), u.outputTokens())));
        return Optional.of(completion.text());
    }

    @Override
    public String describe() {
        return describe + " at temperature 0";
    }

    public double spendUsd() {
        return spend.sum();
    }

    public long calls() {
        return calls.get();
    }

    public long failures() {
        return failures.get();
    }
}

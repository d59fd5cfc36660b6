package dev.aigate.simulator.server;

import dev.aigate.simulator.LatencyProfile.OutputLength;
import dev.aigate.simulator.ScriptResponse;
import dev.aigate.simulator.ScriptSet;
import dev.aigate.simulator.ToolCall;
import dev.aigate.simulator.engine.SeededRandom;
import dev.aigate.simulator.text.FillerText;
import dev.aigate.simulator.text.TokenEstimate;
import dev.aigate.simulator.wire.OutputToken;
import dev.aigate.simulator.wire.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides what a request answers: the first matching script rule, else seeded filler text whose length follows
 * the profile (or exactly {@code max_tokens} with {@code ignore_eos}). Variants are drawn from the seed and the
 * repeat number: the n-th request with the same model and case (or prompt) is repeat n, so repeats of a suite
 * are reproducible whatever the interleaving of other cases.
 */
final class ReplyPlanner {

    private final ScriptSet scripts;
    private final OutputLength outputLength;
    private final long seed;
    private final Map<String, AtomicLong> repeats = new ConcurrentHashMap<>();

    ReplyPlanner(ScriptSet scripts, OutputLength outputLength, long seed) {
        this.scripts = scripts;
        this.outputLength = outputLength;
        this.seed = seed;
    }

    Reply plan(GenerationRequest request, long requestIndex) {
        Optional<ScriptResponse> scripted =
                scripts.match(request.model(), request.caseId(), request.lastUserMessage());
        int cap = request.maxTokens().orElse(outputLength.max());
        if (scripted.isPresent()) {
            return capped(scriptedReply(scripted.get(), request), cap);
        }
        SplittableRandom random = SeededRandom.generator(seed, requestIndex);
        int wanted = fillerLength(request, random, cap);
        int count = Math.min(wanted, cap);
        List<OutputToken> tokens = FillerText.tokens(random, count).stream().map(OutputToken::content).toList();
        return new Reply(tokens, List.of(), wanted >= cap && request.maxTokens().isPresent() ? "length" : "stop");
    }

    /** The length the model "wants"; at least {@code cap} means it stops by length, not by end of sequence. */
    private int fillerLength(GenerationRequest request, SplittableRandom random, int cap) {
        if (request.ignoreEos() || request.minTokens() >= cap) {
            return cap;
        }
        long natural = Math.round(outputLength.mean() + outputLength.stddev() * random.nextGaussian());
        int length = (int) Math.max(1, Math.min(outputLength.max(), natural));
        return Math.max(length, request.minTokens());
    }

    private Reply scriptedReply(ScriptResponse response, GenerationRequest request) {
        if (!response.toolCalls().isEmpty()) {
            List<OutputToken> tokens = new ArrayList<>();
            for (int i = 0; i < response.toolCalls().size(); i++) {
                ToolCall call = response.toolCalls().get(i);
                List<String> pieces = TokenEstimate.split(call.argumentsJson());
                if (pieces.isEmpty()) {
                    pieces = List.of("");
                }
                for (int p = 0; p < pieces.size(); p++) {
                    tokens.add(new OutputToken(pieces.get(p), i, p == 0));
                }
            }
            return new Reply(tokens, response.toolCalls(), response.finishReason().orElse("tool_calls"));
        }
        String text = response.pickText(variantDraw(request));
        List<OutputToken> tokens = TokenEstimate.split(text).stream().map(OutputToken::content).toList();
        return new Reply(tokens.isEmpty() ? List.of(OutputToken.content("")) : tokens, List.of(),
                response.finishReason().orElse("stop"));
    }

    private double variantDraw(GenerationRequest request) {
        String key = request.model() + "\u0000" + request.caseId().orElse(request.lastUserMessage());
        long repeat = request.repeat().isPresent() ? request.repeat().getAsInt()
                : repeats.computeIfAbsent(key, k -> new AtomicLong()).getAndIncrement();
        return SeededRandom.unitInterval(seed ^ SeededRandom.mix(key.hashCode(), 0), repeat);
    }

    /** A scripted answer longer than {@code max_tokens} is cut there, with finish reason {@code length}. */
    private static Reply capped(Reply reply, int cap) {
        if (reply.completionTokens() <= cap) {
            return reply;
        }
        return new Reply(reply.tokens().subList(0, cap), reply.toolCalls(), "length");
    }
}

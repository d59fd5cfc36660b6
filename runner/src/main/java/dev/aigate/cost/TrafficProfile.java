package dev.aigate.cost;

import java.util.List;

/**
 * The traffic a cost is projected for.
 *
 * @param requestsPerDay requests per day, or null when only per-request figures are wanted
 * @param mix            the kinds of request and their shares; empty to take tokens per request from a measurement
 */
public record TrafficProfile(Double requestsPerDay, List<RequestShape> mix) {

    public TrafficProfile {
        mix = List.copyOf(mix);
        if (requestsPerDay != null && (!(requestsPerDay >= 0) || !Double.isFinite(requestsPerDay))) {
            throw new IllegalArgumentException("requests per day must be at least 0, got " + requestsPerDay);
        }
    }

    public static TrafficProfile none() {
        return new TrafficProfile(null, List.of());
    }

    public boolean hasMix() {
        return !mix.isEmpty();
    }

    /** The mix's tokens per request, weighted by share: costs are linear in tokens, so this prices the mix exactly. */
    public RequestTokens averageTokens() {
        if (mix.isEmpty()) {
            throw new IllegalStateException("no traffic mix");
        }
        double weights = mix.stream().mapToDouble(RequestShape::weight).sum();
        double input = 0;
        double cached = 0;
        double output = 0;
        for (RequestShape shape : mix) {
            double share = shape.weight() / weights;
            input += share * shape.tokens().input();
            cached += share * shape.tokens().cachedInput();
            output += share * shape.tokens().output();
        }
        return new RequestTokens(input, Math.min(cached, input), output);
    }

    /** How exact the mix's token counts are: the least exact shape's source. */
    public TokenSource tokenSource() {
        return TokenSource.leastExact(mix.stream().map(RequestShape::source).toList());
    }
}

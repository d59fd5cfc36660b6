package dev.aigate.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The faults the simulator can inject into a generation request, each observable by a client in its own way.
 * The wire names ({@code http_429}, {@code bad_json}, ...) are the ones used in fault specs and stats.
 */
public enum FaultKind {
    /** 429 with a {@code Retry-After} header, before any generation. */
    HTTP_429,
    /** 500 with an error body. */
    HTTP_500,
    /** 503 with an error body. */
    HTTP_503,
    /** The connection is reset (RST) before any response byte. */
    RESET,
    /** The response is closed mid-way, without its final event ({@code [DONE]} / {@code message_stop}). */
    CUT,
    /** One data chunk mid-stream is not valid JSON; a non-streaming body is not valid JSON. */
    BAD_JSON,
    /** The response pauses for the plan's stall duration mid-way, then carries on. */
    STALL;

    /** The name used in fault specs, YAML and stats, e.g. {@code http_429}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name such as {@code bad_json}; unknown names list the known ones. */
    public static FaultKind fromWireName(String name) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "'; known faults: "
                + Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining(", ")));
    }

    /** Whether the fault replaces the whole response before generation starts. */
    public boolean preemptsGeneration() {
        return this == HTTP_429 || this == HTTP_500 || this == HTTP_503 || this == RESET;
    }
}

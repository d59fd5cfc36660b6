package dev.aigate.provider.http;

import dev.aigate.provider.ToolCall;
import dev.aigate.provider.wire.ToolCallDelta;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Joins streamed tool-call pieces by index into whole calls: the first id and name seen, all argument text. */
final class ToolCallAssembler {

    private final Map<Integer, PartialCall> calls = new TreeMap<>();

    void add(ToolCallDelta delta) {
        calls.computeIfAbsent(delta.index(), index -> new PartialCall()).add(delta);
    }

    List<ToolCall> toolCalls() {
        return calls.values().stream().map(PartialCall::toToolCall).toList();
    }

    private static final class PartialCall {
        private String id;
        private String name;
        private final StringBuilder arguments = new StringBuilder();

        void add(ToolCallDelta delta) {
            if (id == null) {
                id = delta.id();
            }
            if (name == null) {
                name = delta.name();
            }
            arguments.append(delta.argumentsFragment());
        }

        ToolCall toToolCall() {
            return new ToolCall(id, name, arguments.toString());
        }
    }
}

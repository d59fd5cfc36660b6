package dev.aigate.prompts.assertion;

/** {@code finish-reason}: the server's finish reason equals the expected one ({@code stop}, {@code length}, ...). */
public record FinishReason(String expected) implements Assertion {

    @Override
    public String type() {
        return "finish-reason";
    }

    @Override
    public Check check(Output output, GradingContext context) {
        return Check.of(expected.equalsIgnoreCase(String.valueOf(output.finishReason())),
                "finish reason " + output.finishReason() + ", expected " + expected);
    }
}

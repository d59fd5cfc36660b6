package dev.aigate.prompts.assertion;

/** {@code not-<type>}: holds exactly when the wrapped assertion does not. */
public record Not(Assertion inner) implements Assertion {

    @Override
    public String type() {
        return "not-" + inner.type();
    }

    @Override
    public Check check(Output output, GradingContext context) {
        return inner.check(output, context).negated(inner.type());
    }
}

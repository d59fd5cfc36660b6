package dev.aigate.container;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether {@link RequiresDocker} tests run, and which image they test. */
public final class DockerTests implements ExecutionCondition {

    /** The system property that turns the Docker tests on ({@code -Pdocker} sets it). */
    public static final String ENABLED = "aigate.docker";
    /** The action image to test, with java and the jar inside ({@code -Daigate.docker.image=...}). */
    public static final String IMAGE = "aigate.docker.image";

    /** The image under test. */
    public static String image() {
        return System.getProperty(IMAGE, "aigate/action:local");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean(ENABLED)) {
            return ConditionEvaluationResult.enabled("Docker tests enabled (-Pdocker), image " + image());
        }
        return ConditionEvaluationResult.disabled("Docker tests skipped: they need a Docker engine and the action "
                + "image; run .ci/run, or mvn -Pdocker after action/build-image.sh");
    }
}

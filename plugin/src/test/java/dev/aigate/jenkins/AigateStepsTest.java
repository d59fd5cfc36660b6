package dev.aigate.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.pipeline.StepOption;
import dev.aigate.pipeline.StepParameters;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The steps declare exactly the parameters the runner reads for their command, and every one has a help text: a
 * parameter the runner added but the plugin lacks (or the reverse) fails here, not in a user's Jenkinsfile.
 */
class AigateStepsTest {

    private static final List<AigateStep> STEPS = List.of(new AigateRunStep("aigate.yaml"),
            new AigatePromptsStep("suite.yaml"), new AigateBenchStep(), new AigateCanaryStep(), new AigateCostStep());

    @Test
    void eachStepDeclaresTheRunnersOptionsForItsCommand() {
        for (AigateStep step : STEPS) {
            Set<String> expected = new TreeSet<>(StepParameters.COMMON);
            expected.add("credentialsId");
            StepOption.of(step.command()).forEach(option -> expected.add(option.parameter()));
            if (step.command().word().equals("bench") || step.command().word().equals("cost")) {
                expected.remove("config");
            }

            assertThat(parameters(step.getClass())).as(step.getClass().getSimpleName()).isEqualTo(expected);
        }
    }

    @Test
    void everyParameterHasTheGetterTheSnippetGeneratorReads() throws NoSuchMethodException {
        for (AigateStep step : STEPS) {
            for (String parameter : parameters(step.getClass())) {
                String getter = "get" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
                assertThat(Modifier.isPublic(step.getClass().getMethod(getter).getModifiers())).as(getter).isTrue();
            }
        }
    }

    @Test
    void everyParameterHasAHelpText() {
        for (AigateStep step : STEPS) {
            for (String parameter : parameters(step.getClass())) {
                assertThat(AigateStep.class.getResource("AigateStep/help-" + parameter + ".html"))
                        .as(parameter).isNotNull();
            }
            assertThat(step.getClass().getResource(step.getClass().getSimpleName() + "/help.html")).isNotNull();
        }
    }

    /**
     * A step class's Jenkinsfile parameters: its {@code @DataBoundSetter} fields and, of a step's own class, its
     * constructor-bound fields too (AigateStep's other field is the command).
     */
    private static Set<String> parameters(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != AigateStep.class.getSuperclass(); c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        Set<String> names = new TreeSet<>();
        fields.stream().filter(field -> !Modifier.isStatic(field.getModifiers()))
                .filter(field -> field.isAnnotationPresent(DataBoundSetter.class)
                        || field.getDeclaringClass() != AigateStep.class)
                .forEach(field -> names.add(field.getName()));
        return names;
    }
}

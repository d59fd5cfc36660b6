package dev.aigate.container;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that need a real Docker engine and the action image. They run with {@code -Pdocker} (which
 * {@code .ci/run} passes once dockerd is up and the images are built) and are skipped, with the reason in the
 * report, otherwise. Asked for and no engine: they fail rather than skip, so CI never passes them silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("docker")
@ExtendWith(DockerTests.class)
public @interface RequiresDocker {
}

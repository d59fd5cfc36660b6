package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jenkins plugin links against aigate-runner's {@code pipeline} jar, which holds only the classes runner/pom.xml
 * lists for it, beside Jackson. This loads exactly those classes, with Jackson and nothing else of the runner's,
 * and drives the API the plugin calls: a class missing from the list fails here instead of in a Jenkins build.
 */
class PipelineApiJarTest {

    @TempDir
    Path jar;

    @Test
    void thePipelineJarsClassesAndJacksonAreAllThePluginNeeds() throws Exception {
        Path classes = location(StepResult.class);
        List<PathMatcher> includes = includes();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = classes.relativize(file);
                if (includes.stream().anyMatch(include -> include.matches(relative))) {
                    Files.createDirectories(jar.resolve(relative).getParent());
                    Files.copy(file, jar.resolve(relative));
                }
            }
        }
        URL[] urls = {jar.toUri().toURL(), location(ObjectMapper.class).toUri().toURL(),
            location(JsonFactory.class).toUri().toURL(), location(JsonProperty.class).toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Api api = new Api(loader);
            Object bench = api.enumValue("StepCommand", "BENCH");
            Object parameters = api.call("StepParameters", "of", bench, Map.of("url", "embedded",
                    "thresholds", "p99(ttft) < 1s", "concurrency", 4));
            Object launch = api.call("RunnerLaunch", "of", parameters, "java", "aigate.jar", true);
            assertThat(launch.toString()).contains("--api-key-env, OPENAI_API_KEY");
            assertThat(api.failure("StepParameters", "of", bench, Map.of("concurency", 4)))
                    .hasMessageContaining("did you mean 'concurrency'?");

            Object result = api.call("StepResult", "parse", "{\"schema\": \"aigate/bench/v1\", \"verdict\": "
                    + "\"marginal\", \"gates\": [], \"metrics\": {\"ttft_ms\": {\"p99\": 120.5}}, \"throughput\": {}}",
                    "out");
            Object rule = loader.loadClass(name("BuildResultRule")).getField("DEFAULT").get(null);
            assertThat(api.invoke(rule, "judge", result).toString()).contains("UNSTABLE");
            assertThat(api.invoke(result, "stepValues").toString()).contains("ttftP99Ms=120.5");
            Object point = loader.loadClass(name("TrendPoint")).getConstructors()[0].newInstance(1, "#1", result);
            Object trend = api.call("BuildTrend", "of", List.of(point, point));
            assertThat(api.invoke(trend, "charts").toString()).contains("Latency (ms)");
        }
    }

    /** Calls into the isolated classes by name. */
    private record Api(ClassLoader loader) {

        Object enumValue(String type, String constant) throws ReflectiveOperationException {
            for (Object value : loader.loadClass(name(type)).getEnumConstants()) {
                if (value.toString().equals(constant)) {
                    return value;
                }
            }
            throw new IllegalArgumentException(constant);
        }

        Object call(String type, String method, Object... args) throws ReflectiveOperationException {
            return invoke(loader.loadClass(name(type)), null, method, args);
        }

        Object invoke(Object target, String method, Object... args) throws ReflectiveOperationException {
            return invoke(target.getClass(), target, method, args);
        }

        Throwable failure(String type, String method, Object... args) {
            try {
                call(type, method, args);
                throw new AssertionError(type + "." + method + " did not fail");
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private static Object invoke(Class<?> type, Object target, String name, Object... args)
                throws ReflectiveOperationException {
            for (Method method : type.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                    return method.invoke(target, args);
                }
            }
            throw new NoSuchMethodException(type.getName() + "." + name);
        }
    }

    private static String name(String simpleName) {
        return "dev.aigate.pipeline." + simpleName;
    }

    /** The include patterns of the pipeline-api jar in runner/pom.xml. */
    private static List<PathMatcher> includes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher execution = Pattern.compile("<id>pipeline-api</id>(.*?)</includes>", Pattern.DOTALL).matcher(pom);
        assertThat(execution.find()).as("the pipeline-api execution in runner/pom.xml").isTrue();
        List<PathMatcher> includes = new ArrayList<>();
        Matcher include = Pattern.compile("<include>([^<]+)</include>").matcher(execution.group(1));
        while (include.find()) {
            includes.add(FileSystems.getDefault().getPathMatcher("glob:" + include.group(1)));
        }
        assertThat(includes).isNotEmpty();
        return includes;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}

package dev.aigate.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The scripts report.html inlines so that it opens offline: Apache ECharts (the common build, read from the
 * {@code org.webjars:echarts} jar on the classpath) and aigate's own panel code and styles.
 */
public final class ChartLibrary {

    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/echarts/pom.properties";

    private static volatile String echarts;

    private ChartLibrary() {
    }

    /** The minified ECharts build, loaded once. */
    public static String echarts() {
        String script = echarts;
        if (script == null) {
            script = resource("/META-INF/resources/webjars/echarts/" + echartsVersion() + "/echarts.common.min.js");
            echarts = script;
        }
        return script;
    }

    /** The panel code: one function per panel type, drawing from the report's data blob. */
    public static String panels() {
        return resource("/dev/aigate/report/html/report.js");
    }

    /** The page's styles. */
    public static String styles() {
        return resource("/dev/aigate/report/html/report.css");
    }

    static String echartsVersion() {
        Properties pom = new Properties();
        try (InputStream in = ChartLibrary.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is not on the classpath (" + WEBJAR_POM + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String resource(String path) {
        try (InputStream in = ChartLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}

package dev.aigate.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A report.html loaded in a headless tab, and what a reader would check: errors, charts drawn, the verdict. */
public final class ReportPage implements AutoCloseable {

    /** A canvas with fewer coloured pixels than this (of those sampled) counts as blank. */
    public static final int MIN_INKED_PIXELS = 40;

    private static final String INK = String.join("\n",
            "Array.from(document.querySelectorAll('.chart canvas')).map(function (c) {",
            "  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, inked = 0;",
            "  for (var i = 0; i < d.length; i += 16) {",
            "    if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) inked++;",
            "  }",
            "  var panel = c.closest('[data-panel]');",
            "  return { panel: panel ? panel.getAttribute('data-panel') : '?', width: c.width, height: c.height,",
            "    inked: inked };",
            "})");

    private final DevToolsSession page;

    private ReportPage(DevToolsSession page) {
        this.page = page;
    }

    /** Opens the file and waits until report.js says every chart has rendered (30 s at most). */
    public static ReportPage open(HeadlessChromium browser, Path html) throws Exception {
        ReportPage report = new ReportPage(browser.newPage());
        report.page.send("Runtime.enable");
        report.page.send("Log.enable");
        report.page.send("Page.enable");
        report.page.send("Page.navigate", DevToolsSession.params().put("url", html.toUri().toString()));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (report.renderedMs() < 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(html + ": the charts did not finish rendering in 30 s; console: "
                        + report.consoleErrors());
            }
            Thread.sleep(50);
        }
        return report;
    }

    /** Milliseconds from navigation start until every chart had rendered, or -1 while not done. */
    public double renderedMs() {
        JsonNode value = evaluate("document.body && document.body.getAttribute('data-rendered-ms')");
        return value.isTextual() ? Double.parseDouble(value.asText()) : -1;
    }

    public JsonNode evaluate(String expression) {
        JsonNode result = page.send("Runtime.evaluate",
                DevToolsSession.params().put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("page script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Uncaught exceptions, {@code console.error} calls and errors the browser logged (a failed load...). */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : page.events()) {
            String method = event.path("method").asText();
            JsonNode params = event.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails").path("exception").path("description")
                        .asText(params.path("exceptionDetails").path("text").asText()));
            } else if (method.equals("Runtime.consoleAPICalled")
                    && List.of("error", "assert").contains(params.path("type").asText())) {
                errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
            } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText());
            }
        }
        return errors;
    }

    /** One entry per chart canvas: its panel, size and how many of the sampled pixels are coloured. */
    public List<JsonNode> canvases() {
        List<JsonNode> canvases = new ArrayList<>();
        evaluate(INK).forEach(canvases::add);
        return canvases;
    }

    public String text(String selector) {
        return evaluate("(document.querySelector('" + selector + "') || {}).innerText || ''").asText();
    }

    /** A PNG of the page's top {@code height} CSS pixels at 1280 wide. */
    public void screenshot(Path png, int height) throws Exception {
        JsonNode shot = page.send("Page.captureScreenshot", DevToolsSession.params().put("format", "png")
                .put("captureBeyondViewport", true)
                .set("clip", DevToolsSession.params().put("x", 0).put("y", 0).put("width", 1280).put("height", height)
                        .put("scale", 1)));
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() {
        page.close();
    }
}

package dev.aigate.report;

import dev.aigate.gate.Verdict;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders junit.xml in the Ant/Surefire schema that Jenkins' junit step and GitHub test reporters read: one
 * testsuite per stage, one testcase per gate. A failed gate is a {@code failure}; an inconclusive one an
 * {@code error} (nothing could be judged); one its rule left out of the verdict
 * ({@link GateResult.Kind#NOT_SCORED}) is {@code skipped} with the reason, so dashboards do not paint it red; a
 * marginal one passes with a warning in {@code system-out}. Prompt cases are testcases too (one per case); a flaky
 * one that passed carries Surefire's {@code flakyFailure}, which Jenkins shows as flaky.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static String render(Report report) {
        Map<String, List<GateResult>> byStage = report.gates().stream()
                .collect(Collectors.groupingBy(GateResult::stage, LinkedHashMap::new, Collectors.toList()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "aigate " + report.kind() + ": " + report.title());
            counts(xml, report.gates());
            for (Map.Entry<String, List<GateResult>> stage : byStage.entrySet()) {
                writeSuite(xml, report, stage.getKey(), stage.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot render junit.xml", e);
        }
        return text + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, Report report, String stage, List<GateResult> gates)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "aigate." + stage);
        counts(xml, gates);
        xml.writeAttribute("skipped", String.valueOf(gates.stream().filter(JunitXml::skipped).count()));
        xml.writeAttribute("time", "0");
        xml.writeAttribute("timestamp", report.generatedAt().toString().replaceAll("\\.\\d+Z$", "Z"));
        for (GateResult gate : gates) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "aigate." + stage);
            xml.writeAttribute("name", gate.name());
            xml.writeAttribute("time", "0");
            if (skipped(gate)) {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", gate.message());
                xml.writeEndElement();
            } else if (gate.verdict() == Verdict.FAIL || gate.verdict() == Verdict.INCONCLUSIVE) {
                boolean failed = gate.verdict() == Verdict.FAIL;
                xml.writeStartElement(failed ? "failure" : "error");
                xml.writeAttribute("message", gate.message());
                xml.writeAttribute("type", failed ? "threshold" : "inconclusive");
                xml.writeCharacters(gate.name() + ": " + gate.message());
                xml.writeEndElement();
            } else if (gate.kind() == GateResult.Kind.FLAKY_CASE) {
                xml.writeStartElement("flakyFailure");
                xml.writeAttribute("message", gate.message());
                xml.writeAttribute("type", "flaky");
                xml.writeEndElement();
                xml.writeStartElement("system-out");
                xml.writeCharacters("FLAKY: " + gate.message());
                xml.writeEndElement();
            } else {
                xml.writeStartElement("system-out");
                xml.writeCharacters(gate.verdict().name() + ": " + gate.message());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<GateResult> gates) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(gates.size()));
        xml.writeAttribute("failures", String.valueOf(count(gates, Verdict.FAIL)));
        xml.writeAttribute("errors", String.valueOf(count(gates, Verdict.INCONCLUSIVE)));
    }

    private static long count(List<GateResult> gates, Verdict verdict) {
        return gates.stream().filter(g -> g.verdict() == verdict && !skipped(g)).count();
    }

    /** A gate that decided nothing is skipped, neither a failure nor an error, whatever its verdict says. */
    private static boolean skipped(GateResult gate) {
        return gate.kind() == GateResult.Kind.NOT_SCORED;
    }
}

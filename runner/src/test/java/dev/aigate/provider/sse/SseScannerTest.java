package dev.aigate.provider.sse;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseScannerTest {

    /** A stream with every line ending, a comment, a multi-line named event, unknown fields and [DONE]. */
    private static final String MIXED = ": keep-alive\r\n\r\n"
            + "data: {\"a\":1}\r\n\r\n"
            + "event: content_block_delta\ndata: first\ndata: second\n\n"
            + "id: 7\rretry: 100\rdata: é → 世界\r\r"
            + "data: [DONE]\n\n";

    @Test
    void readsEventsSeparatedByBlankLines() {
        assertThat(texts(scan("data: one\n\ndata: two\n\n"))).containsExactly("one", "two");
    }

    @Test
    void joinsMultipleDataLinesWithLineFeeds() {
        assertThat(texts(scan("data: first\ndata: second\ndata:\n\n"))).containsExactly("first\nsecond\n");
    }

    @Test
    void namesEventsByTheEventFieldAndDefaultsToMessage() {
        List<SseEvent> events = scan("event: message_start\ndata: {}\n\ndata: {}\n\nevent:\ndata: x\n\n"
                + "event: message_start\ndata: {}\n\n");

        assertThat(events).extracting(SseEvent::type)
                .containsExactly("message_start", "message", "message", "message_start");
    }

    @Test
    void ignoresCommentsAndUnknownFields() {
        assertThat(texts(scan(": keep-alive\n\nid: 7\nretry: 100\nfoo: bar\ndata: real\n\n")))
                .containsExactly("real");
    }

    @Test
    void dispatchesNothingForABlockWithoutData() {
        assertThat(scan("event: ping\n\ndata: after\n\n")).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("message"));
    }

    @Test
    void removesOnlyOneSpaceAfterTheColon() {
        assertThat(texts(scan("data:tight\n\ndata:  two spaces\n\n"))).containsExactly("tight", " two spaces");
    }

    @Test
    void treatsALineWithoutColonAsAFieldName() {
        assertThat(texts(scan("data\n\n"))).containsExactly("");
    }

    @Test
    void acceptsCrLfAndBareCrLineEndings() {
        assertThat(texts(scan("data: a\r\n\r\ndata: b\r\rdata: c\n\n"))).containsExactly("a", "b", "c");
    }

    @Test
    void stripsALeadingByteOrderMarkOnly() {
        assertThat(scan("\uFEFFdata: x\n\n\uFEFFdata: y\n\n")).extracting(SseEvent::text).containsExactly("x");
    }

    @Test
    void keepsUtf8TextIntact() {
        assertThat(texts(scan("data: héllo → 世界 🙂\n\n"))).containsExactly("héllo → 世界 🙂");
    }

    /** A partial last event is never dispatched: the caller sees no final event and calls the stream truncated. */
    @Test
    void neverDispatchesAnEventTheBodyEndsInTheMiddleOf() {
        assertThat(texts(scan("data: whole\n\ndata: {\"half\":"))).containsExactly("whole");
        assertThat(texts(scan("data: whole\n\ndata: complete line, no blank line\n"))).containsExactly("whole");
    }

    /** However the body is cut into reads, the same events come out. */
    @Test
    void findsTheSameEventsWhereverTheReadsSplitTheStream() {
        byte[] stream = MIXED.getBytes(StandardCharsets.UTF_8);
        List<String> whole = texts(scan(MIXED));
        assertThat(whole).containsExactly("{\"a\":1}", "first\nsecond", "é → 世界", "[DONE]");

        for (int first = 0; first <= stream.length; first++) {
            for (int second = first; second <= stream.length; second++) {
                List<SseEvent> events = new ArrayList<>();
                SseScanner scanner = new SseScanner(events::add);
                scanner.feed(chunk(stream, 0, first), 1);
                scanner.feed(chunk(stream, first, second), 2);
                scanner.feed(chunk(stream, second, stream.length), 3);

                assertThat(texts(events)).as("split at %d and %d", first, second).isEqualTo(whole);
                assertThat(events.get(1).type()).isEqualTo("content_block_delta");
            }
        }
    }

    /** Byte by byte, each event is stamped with the read that delivered the end of its blank line. */
    @Test
    void stampsEachEventWithTheReadThatCompletedIt() {
        byte[] stream = MIXED.getBytes(StandardCharsets.UTF_8);
        List<SseEvent> events = new ArrayList<>();
        SseScanner scanner = new SseScanner(events::add);
        List<Long> completingReads = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            int before = events.size();
            scanner.feed(chunk(stream, i, i + 1), 1000 + i);
            if (events.size() > before) {
                completingReads.add(1000L + i);
            }
        }

        assertThat(events).hasSize(4);
        assertThat(events).extracting(SseEvent::receivedNanos).containsExactlyElementsOf(completingReads);
        // "data: {...}\r\n\r\n" is complete at its second CR: a bare CR ends a line, the LF is not waited for.
        int secondCr = MIXED.indexOf("data: {\"a\":1}\r\n\r\n") + "data: {\"a\":1}\r\n\r".length() - 1;
        assertThat(events.get(0).receivedNanos()).isEqualTo(1000L + secondCr);
    }

    @Test
    void stopsWhenTheListenerSaysSo() {
        List<SseEvent> events = new ArrayList<>();
        SseScanner scanner = new SseScanner(event -> {
            events.add(event);
            return false;
        });

        boolean more = scanner.feed(Unpooled.copiedBuffer("data: a\n\ndata: b\n\n", StandardCharsets.UTF_8), 0);

        assertThat(more).isFalse();
        assertThat(texts(events)).containsExactly("a");
    }

    @Test
    void leavesTheChunkUnconsumed() {
        ByteBuf chunk = Unpooled.copiedBuffer("data: a\n\n", StandardCharsets.UTF_8);

        new SseScanner(event -> true).feed(chunk, 0);

        assertThat(chunk.readerIndex()).isZero();
    }

    @Test
    void handlesLinesLongerThanItsBuffers() {
        String big = "x".repeat(100_000);

        assertThat(texts(scan("data: " + big + "\ndata: " + big + "\n\n"))).containsExactly(big + "\n" + big);
    }

    private static List<SseEvent> scan(String stream) {
        List<SseEvent> events = new ArrayList<>();
        new SseScanner(events::add).feed(Unpooled.copiedBuffer(stream, StandardCharsets.UTF_8), 0);
        return events;
    }

    private static ByteBuf chunk(byte[] stream, int from, int to) {
        return Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, from, to));
    }

    private static List<String> texts(List<SseEvent> events) {
        return events.stream().map(SseEvent::text).toList();
    }
}

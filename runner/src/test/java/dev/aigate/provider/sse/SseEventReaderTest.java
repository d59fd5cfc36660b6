package dev.aigate.provider.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Pipe;
import org.junit.jupiter.api.Test;

class SseEventReaderTest {

    @Test
    void readsEventsSeparatedByBlankLines() throws IOException {
        assertThat(readAll("data: one\n\ndata: two\n\n")).extracting(SseEvent::data).containsExactly("one", "two");
    }

    @Test
    void joinsMultipleDataLinesWithLineFeeds() throws IOException {
        assertThat(readAll("data: first\ndata: second\ndata:\n\n")).extracting(SseEvent::data)
                .containsExactly("first\nsecond\n");
    }

    @Test
    void namesEventsByTheEventFieldAndDefaultsToMessage() throws IOException {
        List<SseEvent> events = readAll("event: message_start\ndata: {}\n\ndata: {}\n\nevent:\ndata: x\n\n");

        assertThat(events).extracting(SseEvent::type).containsExactly("message_start", "message", "message");
    }

    @Test
    void ignoresCommentsAndUnknownFields() throws IOException {
        List<SseEvent> events = readAll(": keep-alive\n\nid: 7\nretry: 100\nfoo: bar\ndata: real\n\n");

        assertThat(events).extracting(SseEvent::data).containsExactly("real");
    }

    @Test
    void dispatchesNothingForABlockWithoutData() throws IOException {
        assertThat(readAll("event: ping\n\ndata: after\n\n")).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("message"));
    }

    @Test
    void removesOnlyOneSpaceAfterTheColon() throws IOException {
        assertThat(readAll("data:tight\n\ndata:  two spaces\n\n")).extracting(SseEvent::data)
                .containsExactly("tight", " two spaces");
    }

    @Test
    void treatsALineWithoutColonAsAFieldName() throws IOException {
        assertThat(readAll("data\n\n")).extracting(SseEvent::data).containsExactly("");
    }

    @Test
    void acceptsCrLfAndBareCrLineEndings() throws IOException {
        assertThat(readAll("data: a\r\n\r\ndata: b\r\rdata: c\n\n")).extracting(SseEvent::data)
                .containsExactly("a", "b", "c");
    }

    @Test
    void stripsALeadingByteOrderMark() throws IOException {
        assertThat(readAll("\uFEFFdata: x\n\n")).extracting(SseEvent::data).containsExactly("x");
    }

    @Test
    void dropsAnEventTheStreamEndsInTheMiddleOf() throws IOException {
        SseEventReader reader = reader("data: whole\n\ndata: {\"half\":");

        assertThat(reader.next().data()).isEqualTo("whole");
        assertThat(reader.next()).isNull();
    }

    @Test
    void keepsUtf8TextIntact() throws IOException {
        assertThat(readAll("data: héllo → 世界 🙂\n\n")).extracting(SseEvent::data)
                .containsExactly("héllo → 世界 🙂");
    }

    /** A CR at the end of what has arrived so far must not make the reader wait for a possible LF. */
    @Test
    void dispatchesOnABareCrWithoutWaitingForMoreBytes() throws Exception {
        Pipe pipe = new Pipe(1024);
        BufferedSink sink = Okio.buffer(pipe.sink());
        SseEventReader reader = new SseEventReader(Okio.buffer(pipe.source()));
        sink.writeUtf8("data: a\r\r").flush();

        assertThat(reader.next().data()).isEqualTo("a");

        sink.writeUtf8("\ndata: b\r\n\r\n").flush();
        sink.close();
        assertThat(reader.next().data()).isEqualTo("b");
        assertThat(reader.next()).isNull();
    }

    /** The timestamp is the moment the terminating blank line arrives, not when the data line did. */
    @Test
    void timestampsAnEventWhenItsBlankLineIsRead() throws Exception {
        Pipe pipe = new Pipe(1024);
        BufferedSink sink = Okio.buffer(pipe.sink());
        SseEventReader reader = new SseEventReader(Okio.buffer(pipe.source()));
        CountDownLatch dataWritten = new CountDownLatch(1);
        long[] beforeBlankLine = new long[1];
        Thread writer = new Thread(() -> {
            try {
                sink.writeUtf8("data: slow\n").flush();
                dataWritten.countDown();
                Thread.sleep(20);
                beforeBlankLine[0] = System.nanoTime();
                sink.writeUtf8("\n").flush();
                sink.close();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        assertThat(dataWritten.await(10, TimeUnit.SECONDS)).isTrue();
        SseEvent event = reader.next();
        writer.join();

        assertThat(event.receivedNanos()).isGreaterThanOrEqualTo(beforeBlankLine[0]);
    }

    private static List<SseEvent> readAll(String stream) throws IOException {
        SseEventReader reader = reader(stream);
        List<SseEvent> events = new ArrayList<>();
        for (SseEvent event = reader.next(); event != null; event = reader.next()) {
            events.add(event);
        }
        return events;
    }

    private static SseEventReader reader(String stream) {
        return new SseEventReader(new Buffer().writeUtf8(stream));
    }
}

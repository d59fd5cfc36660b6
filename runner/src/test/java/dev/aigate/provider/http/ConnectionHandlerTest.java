package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a request starts, as the connection's pipeline sees it. */
class ConnectionHandlerTest {

    /**
     * SPEC §4: the start is taken just before the request is written to the connection, so the client's own
     * encoding (slow on a cold JVM: ~90 ms for a first request, seen as TTFT against a server answering in 80 ms)
     * is not counted as the server's latency.
     */
    @Test
    void startsTheRequestWhenItsEncodedBytesReachTheSocketNotBeforeEncoding() {
        SocketClock clock = new SocketClock();
        SlowEncoding slowEncoding = new SlowEncoding(Duration.ofMillis(30));
        ConnectionHandler connection = new ConnectionHandler(clock, null, Duration.ofSeconds(5));
        EmbeddedChannel channel = new EmbeddedChannel(clock, new HttpClientCodec(), slowEncoding, connection);
        StartRecorder exchange = new StartRecorder();

        connection.begin(channel, exchange, new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1"),
                RequestTimeout.startingNow(Duration.ofSeconds(5)));
        channel.runPendingTasks();

        ByteBuf written = channel.readOutbound();
        assertThat(written).as("the request reached the socket").isNotNull();
        written.release();
        assertThat(exchange.startNanos).as("start, against the end of the slow encoding")
                .isGreaterThanOrEqualTo(slowEncoding.doneNanos);
        channel.finishAndReleaseAll();
    }

    /** Stands for a slow first encoding: holds each message it passes on for a while. */
    private static final class SlowEncoding extends ChannelOutboundHandlerAdapter {
        private final Duration delay;
        private long doneNanos;

        SlowEncoding(Duration delay) {
            this.delay = delay;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            Thread.sleep(delay.toMillis());
            doneNanos = System.nanoTime();
            ctx.write(msg, promise);
        }
    }

    private static final class StartRecorder implements ResponseHandler {
        private long startNanos;

        @Override
        public void connected() {
        }

        @Override
        public void requestStarting(long nanos) {
            startNanos = nanos;
        }

        @Override
        public void responseHead(int status, HttpHeaders headers) {
        }

        @Override
        public void responseBody(ByteBuf chunk, long readNanos) {
        }

        @Override
        public void responseEnd(long readNanos) {
        }

        @Override
        public void failed(Throwable cause) {
        }

        @Override
        public void timedOut(String what) {
        }

        @Override
        public boolean settled() {
            return false;
        }
    }
}

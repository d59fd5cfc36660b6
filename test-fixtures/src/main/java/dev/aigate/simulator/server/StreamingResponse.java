package dev.aigate.simulator.server;

import dev.aigate.simulator.FaultKind;
import dev.aigate.simulator.engine.TokenListener;
import dev.aigate.simulator.wire.OutputToken;
import dev.aigate.simulator.wire.Reply;
import dev.aigate.simulator.wire.StreamEncoder;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.TimeUnit;

/**
 * One SSE response (chunked transfer): headers and head events at once, then each token the moment the latency
 * model emits it, flushed on its own. Stream faults strike at the middle token: {@code cut} closes the connection
 * there, {@code bad_json} slips an invalid event in before it, {@code stall} delays it and every later event.
 * Runs on the connection's event loop.
 */
final class StreamingResponse implements TokenListener {

    private final ChannelHandlerContext ctx;
    private final StreamEncoder encoder;
    private final Reply reply;
    private final FaultKind fault;
    private final long stallNanos;
    private final boolean keepAlive;
    private final TokenStamp stamp;
    private final StatsRecorder stats;
    private final Runnable onDone;
    private final int midpoint;

    /**
     * @param fault       a stream fault ({@code cut}, {@code bad_json}, {@code stall}) or null
     * @param stamp       stamps each token's text ({@link dev.aigate.simulator.SimulatorConfig}), or null
     * @param onDone      called once the response is complete or abandoned
     */
    StreamingResponse(ChannelHandlerContext ctx, StreamEncoder encoder, Reply reply, FaultKind fault,
                      long stallNanos, boolean keepAlive, TokenStamp stamp, StatsRecorder stats,
                      Runnable onDone) {
        this.ctx = ctx;
        this.encoder = encoder;
        this.reply = reply;
        this.fault = fault;
        this.stallNanos = stallNanos;
        this.keepAlive = keepAlive;
        this.stamp = stamp;
        this.stats = stats;
        this.onDone = onDone;
        this.midpoint = reply.completionTokens() / 2;
    }

    void start() {
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        response.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        response.headers().set(HttpHeaderNames.CONNECTION,
                keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        ctx.write(response);
        String head = encoder.head();
        if (!head.isEmpty()) {
            ctx.write(chunk(head));
        }
        ctx.flush();
    }

    @Override
    public void onToken(int index, boolean last) {
        if (fault == FaultKind.STALL && index >= midpoint) {
            // Same delay for every later token keeps their order and spacing: a pure pause on the wire.
            ctx.executor().schedule(() -> emit(index, last), stallNanos, TimeUnit.NANOSECONDS);
        } else {
            emit(index, last);
        }
    }

    private void emit(int index, boolean last) {
        if (!ctx.channel().isActive()) {
            return;
        }
        if (fault == FaultKind.CUT && index == midpoint) {
            ctx.close();
            onDone.run();
            return;
        }
        stats.token();
        OutputToken token = stamp != null ? stamp.token(index) : reply.tokens().get(index);
        String events = encoder.token(token);
        if (fault == FaultKind.BAD_JSON && index == midpoint) {
            events = encoder.corruptEvent() + events;
        }
        if (!last) {
            // No listener needs this write's outcome; the void promise spares an allocation per token.
            ctx.writeAndFlush(chunk(events), ctx.voidPromise());
            return;
        }
        onDone.run(); // first, so stats already count the stream as done when the client reads its end
        ctx.write(chunk(events + encoder.tail()));
        var written = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private DefaultHttpContent chunk(String text) {
        return new DefaultHttpContent(ByteBufUtil.writeUtf8(ctx.alloc(), text));
    }
}

package dev.aigate.simulator.server;

import dev.aigate.simulator.FaultKind;
import dev.aigate.simulator.engine.TokenListener;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A non-streaming response: one JSON body once the last token exists. Faults: {@code cut} announces the full
 * length but closes after half the body, {@code bad_json} sends half the body as if whole, {@code stall} holds
 * the response back.
 */
final class BufferedResponse implements TokenListener {

    private final ChannelHandlerContext ctx;
    private final Supplier<String> body;
    private final FaultKind fault;
    private final long stallNanos;
    private final boolean keepAlive;
    private final StatsRecorder stats;
    private final Runnable onDone;

    /** @param fault a stream fault ({@code cut}, {@code bad_json}, {@code stall}) or null */
    BufferedResponse(ChannelHandlerContext ctx, Supplier<String> body, FaultKind fault, long stallNanos,
                     boolean keepAlive, StatsRecorder stats, Runnable onDone) {
        this.ctx = ctx;
        this.body = body;
        this.fault = fault;
        this.stallNanos = stallNanos;
        this.keepAlive = keepAlive;
        this.stats = stats;
        this.onDone = onDone;
    }

    @Override
    public void onToken(int index, boolean last) {
        stats.token();
        if (!last) {
            return;
        }
        if (fault == FaultKind.STALL) {
            ctx.executor().schedule(this::respond, stallNanos, TimeUnit.NANOSECONDS);
        } else {
            respond();
        }
    }

    private void respond() {
        if (!ctx.channel().isActive()) {
            return;
        }
        onDone.run(); // first, so stats already count the request as done when the client reads the body
        String json = body.get();
        if (fault == FaultKind.CUT) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            head.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
            ctx.write(head);
            ByteBuf half = Unpooled.wrappedBuffer(bytes, 0, bytes.length / 2);
            ctx.writeAndFlush(new DefaultHttpContent(half)).addListener(f -> ctx.close());
        } else {
            String sent = fault == FaultKind.BAD_JSON ? json.substring(0, json.length() / 2) : json;
            FullHttpResponse response = Responses.json(200, sent);
            Responses.send(ctx, response, keepAlive);
        }
    }
}

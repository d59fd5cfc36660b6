package dev.aigate.provider.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * The first handler of a connection's pipeline, next to the socket: notes {@link System#nanoTime()} the moment
 * each socket read returns, before TLS or HTTP decoding touch the bytes, and the moment encoded bytes are handed
 * to the socket, after HTTP encoding (and TLS) made them. Every event a read completes is stamped with its read
 * and a request's start with its write (SPEC §4), so the client's own coding time counts in neither; the read
 * stamps also tell the stall detector when the server last sent anything.
 */
final class SocketClock extends ChannelDuplexHandler {

    private long lastReadNanos = System.nanoTime();
    private long lastWriteNanos = Long.MIN_VALUE;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastReadNanos = System.nanoTime();
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        lastWriteNanos = System.nanoTime();
        ctx.write(msg, promise);
    }

    /** When the latest read returned (the connection's event loop only). */
    long lastReadNanos() {
        return lastReadNanos;
    }

    /** When encoded bytes last reached the socket ({@link Long#MIN_VALUE} before any did; event loop only). */
    long lastWriteNanos() {
        return lastWriteNanos;
    }
}

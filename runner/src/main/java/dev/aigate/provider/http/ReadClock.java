package dev.aigate.provider.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The first handler of a connection's pipeline: notes {@link System#nanoTime()} the moment each socket read
 * returns, before TLS or HTTP decoding touch the bytes. Every event that read completes is stamped with it
 * (SPEC §4), and it tells the stall detector when the server last sent anything.
 */
final class ReadClock extends ChannelInboundHandlerAdapter {

    private long lastReadNanos = System.nanoTime();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastReadNanos = System.nanoTime();
        ctx.fireChannelRead(msg);
    }

    /** When the latest read returned (the connection's event loop only). */
    long lastReadNanos() {
        return lastReadNanos;
    }
}

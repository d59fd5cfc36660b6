package dev.aigate.provider.http;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keep-alive connections to one target, at most one idle per concurrency slot: a request takes the most recently
 * used idle connection or opens a new one, so a closed loop of N workers settles on N connections and never
 * reconnects between requests. Connecting happens before the request's start is stamped: it is not latency.
 */
final class ConnectionPool {

    private final Bootstrap bootstrap;
    private final String host;
    private final int port;
    private final int maxIdle;
    private final Deque<Channel> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    ConnectionPool(Bootstrap bootstrap, String host, int port, int maxIdle) {
        this.bootstrap = bootstrap;
        this.host = host;
        this.port = port;
        this.maxIdle = maxIdle;
    }

    /** An open connection, reused or new (TLS handshake done). Blocks while connecting. */
    Channel acquire() throws IOException, InterruptedException {
        for (Channel channel = idle.pollFirst(); channel != null; channel = idle.pollFirst()) {
            idleCount.decrementAndGet();
            if (channel.isActive()) {
                return channel;
            }
        }
        return connect();
    }

    /**
     * Opens connections until {@code count} are idle (at most one per slot), so that the first requests find them
     * open. One connection is opened first: when the target cannot be reached, the rest are not tried (the
     * requests will meet the fault and count it). The others are opened all at once; any that fails is left out.
     */
    void fill(int count) throws InterruptedException {
        int wanted = Math.min(count, maxIdle) - idleCount.get();
        if (wanted <= 0) {
            return;
        }
        try {
            release(connect());
        } catch (IOException unreachable) {
            return;
        }
        List<ChannelFuture> connecting = new ArrayList<>();
        for (int i = 1; i < wanted; i++) {
            connecting.add(bootstrap.connect(host, port));
        }
        for (ChannelFuture connected : connecting) {
            try {
                release(established(connected.await()));
            } catch (IOException failed) {
                // Left out: the request that would have used it opens its own.
            }
        }
    }

    /** Takes back a connection whose last response is complete (its event loop). */
    void release(Channel channel) {
        if (closed || !channel.isActive()) {
            channel.close();
        } else if (idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            channel.close();
        } else {
            idle.offerFirst(channel);
        }
    }

    void close() {
        closed = true;
        for (Channel channel = idle.pollFirst(); channel != null; channel = idle.pollFirst()) {
            channel.close();
        }
    }

    private Channel connect() throws IOException, InterruptedException {
        return established(bootstrap.connect(host, port).await());
    }

    /** The channel of a completed connect, once its TLS handshake (if any) is done. */
    private static Channel established(ChannelFuture connected) throws IOException, InterruptedException {
        if (!connected.isSuccess()) {
            throw asIoException(connected.cause());
        }
        Channel channel = connected.channel();
        SslHandler tls = channel.pipeline().get(SslHandler.class);
        if (tls != null && !tls.handshakeFuture().await().isSuccess()) {
            channel.close();
            throw asIoException(tls.handshakeFuture().cause());
        }
        return channel;
    }

    private static IOException asIoException(Throwable cause) {
        return cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    }
}

package dev.aigate.provider.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The last handler of a keep-alive connection's pipeline: runs one exchange at a time on it, passes the response
 * to the exchange's {@link ResponseHandler}, watches its two clocks (the server's silence and the request's
 * time left), and afterwards hands the connection back to the pool or closes it.
 *
 * <p>The caller waiting on an exchange is released as soon as the exchange has settled and the read that settled
 * it is processed; if the body goes on after that (a stream's final event, then the end of the chunked body) it
 * is drained before the connection is reused. All state belongs to the connection's event loop.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {

    private final SocketClock clock;
    private final ConnectionPool pool;
    private final long readTimeoutNanos;
    private ResponseHandler exchange;
    private CompletableFuture<Void> waiter;
    private boolean keepAlive;
    private long silentSinceNanos;
    private RequestTimeout timeout;
    private ScheduledFuture<?> timer;

    ConnectionHandler(SocketClock clock, ConnectionPool pool, Duration readTimeout) {
        this.clock = clock;
        this.pool = pool;
        this.readTimeoutNanos = readTimeout.toNanos();
    }

    /**
     * Starts an exchange on {@code channel} (any thread); the future completes once it has settled.
     *
     * @param timeout the request's timeout: the exchange may take what is left of it
     */
    CompletableFuture<Void> begin(Channel channel, ResponseHandler handler, FullHttpRequest request,
                                  RequestTimeout timeout) {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        channel.eventLoop().execute(() -> start(channel, handler, request, timeout, settled));
        return settled;
    }

    /** Ends the exchange as timed out if it is still running (any thread): the caller gave up waiting. */
    void abandon(Channel channel, ResponseHandler handler, String why) {
        channel.eventLoop().execute(() -> {
            if (exchange == handler) {
                timeOut(channel, why);
            }
        });
    }

    private void start(Channel channel, ResponseHandler handler, FullHttpRequest request, RequestTimeout timeout,
                       CompletableFuture<Void> settled) {
        exchange = handler;
        waiter = settled;
        keepAlive = true;
        handler.connected();
        if (!channel.isActive()) {
            request.release();
            abort(channel, null);
            return;
        }
        silentSinceNanos = System.nanoTime();
        this.timeout = timeout;
        watch(channel, Math.min(timeout.nanosLeft(), readTimeoutNanos));
        long writing = System.nanoTime();
        ChannelFuture write = channel.writeAndFlush(request);
        // On the event loop the request went through the encoder to the socket before writeAndFlush returned;
        // when no bytes got there (an encoding failure), the start is when writing began.
        handler.requestStarting(Math.max(writing, clock.lastWriteNanos()));
        write.addListener(written -> {
            if (!written.isSuccess()) {
                abort(channel, written.cause());
            } else if (exchange == handler) {
                // The server's silence counts from when it has the whole request.
                silentSinceNanos = System.nanoTime();
            }
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (exchange != null && msg instanceof HttpObject object) {
                read(ctx.channel(), object);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void read(Channel channel, HttpObject object) {
        if (object.decoderResult().isFailure()) {
            abort(channel, object.decoderResult().cause());
            return;
        }
        long readNanos = clock.lastReadNanos();
        if (object instanceof HttpResponse response) {
            keepAlive = HttpUtil.isKeepAlive(response);
            if (!exchange.settled()) {
                exchange.responseHead(response.status().code(), response.headers());
            }
        }
        if (object instanceof HttpContent content && !exchange.settled()) {
            exchange.responseBody(content.content(), readNanos);
        }
        if (object instanceof LastHttpContent) {
            if (!exchange.settled()) {
                exchange.responseEnd(readNanos);
            }
            finish(channel);
        }
    }

    /** A settled exchange releases its caller at the end of the read that settled it, not at the body's end. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (exchange != null && exchange.settled()) {
            release();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        abort(ctx.channel(), null);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        abort(ctx.channel(), cause);
    }

    /** The response is complete: the connection is reusable unless the server said otherwise. */
    private void finish(Channel channel) {
        exchange = null;
        cancelTimer();
        if (keepAlive) {
            pool.release(channel);
        } else {
            channel.close();
        }
        release();
    }

    private void abort(Channel channel, Throwable cause) {
        end(channel, handler -> handler.failed(cause));
    }

    private void timeOut(Channel channel, String what) {
        end(channel, handler -> handler.timedOut(what));
    }

    /** Ends the running exchange, if any, telling its handler why unless it has settled, and closes the connection. */
    private void end(Channel channel, Consumer<ResponseHandler> tell) {
        if (exchange != null) {
            if (!exchange.settled()) {
                tell.accept(exchange);
            }
            exchange = null;
            cancelTimer();
            release();
        }
        channel.close();
    }

    private void release() {
        if (waiter != null) {
            waiter.complete(null);
            waiter = null;
        }
    }

    /** Checks the clocks when the earlier of them could next run out; one timer per exchange, rescheduled. */
    private void watch(Channel channel, long delayNanos) {
        timer = channel.eventLoop().schedule(() -> check(channel), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void check(Channel channel) {
        if (exchange == null) {
            return;
        }
        long now = System.nanoTime();
        long lastHeard = Math.max(silentSinceNanos, clock.lastReadNanos());
        if (now - timeout.deadlineNanos() >= 0) {
            timeOut(channel, timeout.describe() + " ran out");
        } else if (now - lastHeard >= readTimeoutNanos) {
            timeOut(channel, "the server sent nothing for " + millis(readTimeoutNanos) + " (read timeout)");
        } else {
            watch(channel, Math.min(timeout.deadlineNanos() - now, lastHeard + readTimeoutNanos - now));
        }
    }

    private static String millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}

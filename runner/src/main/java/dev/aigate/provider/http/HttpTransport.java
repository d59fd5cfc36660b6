package dev.aigate.provider.http;

import dev.aigate.provider.ProviderConfig;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The one HTTP client of a target's requests: HTTP/1.1 over Netty (native epoll where available), a keep-alive
 * connection per concurrency slot, event loops on half the cores, TLS for https targets with the JDK's
 * trust store and host name verification. Redirects are not followed (no key goes to a host nobody configured)
 * and nothing is retried here: every retry is the caller's, and counted.
 *
 * <p>The caller's thread blocks until its exchange has settled; the response is read on an event loop, where
 * each event is stamped with the time its read returned.
 */
public final class HttpTransport implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final EventLoopGroup loops;
    private final ConnectionPool pool;

    /** A transport to {@code baseUrl}'s host, sized to {@code config}'s concurrency, with its timeouts. */
    public static HttpTransport create(ProviderConfig config, HttpUrl baseUrl) {
        try {
            return new HttpTransport(config, baseUrl,
                    baseUrl.isHttps() ? SslContextBuilder.forClient().build() : null);
        } catch (SSLException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** @param tls the TLS context for an https target (tests pass one that trusts their own certificate) */
    HttpTransport(ProviderConfig config, HttpUrl baseUrl, SslContext tls) {
        boolean epoll = Epoll.isAvailable();
        // One loop per core. Half the cores read faster against a lone nginx (on 2 cores one loop gave 19,900-21,100
        // req/s, two 15,100-17,100), but a single loop sharing the cores with a busy server (the embedded simulator,
        // whose loops run in this JVM) was starved: events read in bursts, ITL p50 0 ms and p99 up to 330 ms in the
        // quickstart, against 13 ms and under 50 ms with a loop per core (docs/benchmarks.md).
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), config.maxConcurrency()));
        // Daemon threads: a client someone forgot to close must not keep the JVM alive.
        loops = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("aigate-http", true),
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Bootstrap bootstrap = new Bootstrap()
                .group(loops)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout().toMillis()));
        pool = new ConnectionPool(bootstrap, baseUrl.host(), baseUrl.port(), config.maxConcurrency());
        bootstrap.handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                SocketClock clock = new SocketClock();
                channel.pipeline().addLast(clock);
                if (tls != null) {
                    channel.pipeline().addLast(verifiedTls(tls, channel, baseUrl, config.connectTimeout()));
                }
                channel.pipeline().addLast(new HttpClientCodec(4096, MAX_HEADER_BYTES, 8192),
                        new ConnectionHandler(clock, pool, config.readTimeout()));
            }
        });
    }

    /**
     * Runs one exchange and blocks until it has settled. Never throws for a fault of the target: the handler is
     * told (a connect failure included) and decides what it means. Interrupting the caller ends the exchange as
     * timed out and keeps the interrupt.
     *
     * @param timeout the request's timeout: the exchange, connecting included, may take what is left of it
     */
    void execute(Request request, ResponseHandler handler, RequestTimeout timeout) {
        Channel channel;
        try {
            channel = pool.acquire();
        } catch (IOException e) {
            handler.failed(e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handler.timedOut("interrupted while connecting");
            return;
        }
        ConnectionHandler connection = channel.pipeline().get(ConnectionHandler.class);
        if (connection == null) {
            // Closed between the pool's check and now: its pipeline is already taken apart.
            handler.failed(null);
            return;
        }
        CompletableFuture<Void> settled = connection.begin(channel, handler, RequestEncoder.encode(request),
                timeout);
        try {
            settled.get();
        } catch (InterruptedException e) {
            connection.abandon(channel, handler, "interrupted");
            settled.join();
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an exchange failed unexpectedly", e.getCause());
        }
    }

    /** Opens up to {@code count} keep-alive connections ahead of the requests; see {@link ConnectionPool#fill}. */
    void openConnections(int count) {
        try {
            pool.fill(count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.close();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    /** TLS with host name verification; the handshake is part of connecting and shares its timeout. */
    private static SslHandler verifiedTls(SslContext tls, SocketChannel channel, HttpUrl url, Duration timeout) {
        SslHandler handler = tls.newHandler(channel.alloc(), url.host(), url.port());
        handler.setHandshakeTimeoutMillis(timeout.toMillis());
        SSLEngine engine = handler.engine();
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(parameters);
        return handler;
    }
}

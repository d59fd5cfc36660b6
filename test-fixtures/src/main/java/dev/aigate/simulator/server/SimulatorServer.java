package dev.aigate.simulator.server;

import dev.aigate.simulator.SimulatorConfig;
import dev.aigate.simulator.SimulatorStats;
import dev.aigate.simulator.engine.InferenceEngine;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The Netty transport: epoll when available (its timerfd gives sub-millisecond timers), NIO otherwise. One event
 * loop per core serves every connection; one more single-threaded loop is the batching engine's clock.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private final EventLoopGroup workers;
    private final EventLoopGroup engineClock;
    private final Channel serverChannel;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final StatsRecorder stats = new StatsRecorder();

    private SimulatorServer(SimulatorConfig config) throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType =
                epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        // One loop per core: more would only add context switches, every loop is non-blocking.
        workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), io);
        engineClock = new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory()
                : NioIoHandler.newFactory());
        InferenceEngine engine = InferenceEngine.forProfile(config.profile(), config.seed(), engineClock.next(),
                stats.scheduleLag());
        Simulation simulation = new Simulation(config, engine, stats);
        try {
            serverChannel = new ServerBootstrap()
                    .group(workers)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, 8192)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            connections.add(channel);
                            channel.pipeline().addLast(new HttpServerCodec(),
                                    new HttpObjectAggregator(MAX_REQUEST_BYTES), new SimulatorHandler(simulation));
                        }
                    })
                    .bind(new InetSocketAddress(config.host(), config.port()))
                    .sync()
                    .channel();
        } catch (RuntimeException | InterruptedException e) {
            shutdown();
            throw e;
        }
    }

    /** Binds and starts serving; fails if the port cannot be bound. */
    public static SimulatorServer start(SimulatorConfig config) {
        try {
            return new SimulatorServer(config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulator", e);
        }
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public SimulatorStats stats() {
        return stats.snapshot();
    }

    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        connections.close().awaitUninterruptibly();
        shutdown();
    }

    private void shutdown() {
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        engineClock.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}

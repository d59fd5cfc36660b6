package dev.aigate.simulator.bench;

import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.SimulatorConfig;
import dev.aigate.simulator.TokenLag;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Load generator (not a test): opens N concurrent streaming chat requests against a fixed-latency simulator and
 * checks that every token arrived on schedule. Netty client, epoll when available, one client thread by default,
 * so the measurement itself stays cheap.
 *
 * <pre>
 * java -cp ... dev.aigate.simulator.bench.StreamingLoadBench --streams 1,64,512,1000,2000,4000 \
 *     --ttft-ms 100 --itl-ms 20 --tokens 100 [--port P to target a simulator in another JVM]
 *     [--profile NAME: a shipped batching profile instead of fixed latency; then raw TTFT/ITL are reported]
 * </pre>
 *
 * Each stream runs on its own connection, opened (with a one-token request) before its measured request.
 * Reported per round: streams served (all tokens and {@code [DONE]}), output tokens/s, TTFT error (measured
 * minus configured), ITL error (|measured − configured|), and lateness (token i's arrival minus its ideal
 * time start + ttft + i × itl, measured from just before the request was written).
 */
public final class StreamingLoadBench {

    private static final String CONTENT_MARK = "\"delta\":{\"content\":";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.clientThreads,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        System.out.printf(Locale.ROOT, "transport=%s client_threads=%d ttft=%dms itl=%dms tokens=%d cores=%d %s%n",
                epoll ? "epoll" : "nio", options.clientThreads, options.ttftMs, options.itlMs, options.tokens,
                Runtime.getRuntime().availableProcessors(), options.port == 0 ? "simulator=same-jvm"
                        : "simulator=127.0.0.1:" + options.port);
        if (options.profile != null) {
            System.out.println("profile=" + options.profile + ": ttft and itl columns are measured values, not errors");
        }
        System.out.println("streams served  tok/s     ttft_err p50/p99 ms  itl_err p50/p99 ms  lateness p50/p99/max ms"
                + "  | server lag p50/p99/max ms");
        try {
            for (int streams : options.streams) {
                if (options.port == 0) {
                    // Warm-up on a throwaway simulator (classes loaded, both sides JIT-compiled), then a fresh one
                    // whose server-side lag covers the measured round only.
                    try (LlmSimulator warmUp = startSimulator(options)) {
                        new Round(group, epoll, warmUp.port(), Math.min(streams, 512), options.tokens, options).run();
                    }
                    try (LlmSimulator simulator = startSimulator(options)) {
                        // One token per stream starts the fresh simulator's threads (a few ms, once).
                        new Round(group, epoll, simulator.port(), Math.min(streams, 64), 1, options).run();
                        Round round = new Round(group, epoll, simulator.port(), streams, options.tokens, options);
                        round.run();
                        TokenLag lag = simulator.stats().scheduleLag();
                        System.out.println(round.report() + String.format(Locale.ROOT, "  | %.2f / %.2f / %.2f",
                                lag.p50Micros() / 1e3, lag.p99Micros() / 1e3, lag.maxMicros() / 1e3));
                    }
                } else {
                    new Round(group, epoll, options.port, Math.min(streams, 512), options.tokens, options).run();
                    Round round = new Round(group, epoll, options.port, streams, options.tokens, options);
                    round.run();
                    System.out.println(round.report());
                }
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    private static LlmSimulator startSimulator(Options options) {
        SimulatorConfig.Builder config = SimulatorConfig.builder();
        if (options.profile != null) {
            config.profile(options.profile);
        } else {
            config.fixedLatency(Duration.ofMillis(options.ttftMs), Duration.ofMillis(options.itlMs));
        }
        return LlmSimulator.start(config.build());
    }

    /** One batch of N concurrent streams. */
    private static final class Round {
        private final Bootstrap bootstrap;
        private final int streams;
        private final int tokens;
        private final Options options;
        private final StreamProbe[] probes;
        private final CountDownLatch done;
        private long firstStart = Long.MAX_VALUE;
        private long lastEnd;

        Round(EventLoopGroup group, boolean epoll, int port, int streams, int tokens, Options options) {
            this.streams = streams;
            this.tokens = tokens;
            this.options = options;
            this.probes = new StreamProbe[streams];
            this.done = new CountDownLatch(streams);
            this.bootstrap = new Bootstrap().group(group)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                    .remoteAddress("127.0.0.1", port);
        }

        void run() throws InterruptedException {
            for (int i = 0; i < streams; i++) {
                StreamProbe probe = new StreamProbe(tokens, done);
                probes[i] = probe;
                bootstrap.clone().handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(probe);
                    }
                }).connect().addListener(f -> {
                    if (!f.isSuccess()) {
                        probe.fail();
                    }
                });
            }
            if (!done.await(options.ttftMs + options.itlMs * (long) tokens + 120_000L, TimeUnit.MILLISECONDS)) {
                System.out.println("round timed out");
            }
            for (StreamProbe probe : probes) {
                if (probe.start > 0) {
                    firstStart = Math.min(firstStart, probe.start);
                }
                if (probe.served()) {
                    lastEnd = Math.max(lastEnd, probe.tokenTimes[tokens - 1]);
                }
            }
        }

        String report() {
            List<Double> ttftError = new ArrayList<>();
            List<Double> itlError = new ArrayList<>();
            List<Double> lateness = new ArrayList<>();
            int served = 0;
            long tokenCount = 0;
            // A batching profile has no fixed schedule: report raw TTFT and ITL (errors against zero).
            double ttftNanos = options.profile == null ? options.ttftMs * 1e6 : 0;
            double itlNanos = options.profile == null ? options.itlMs * 1e6 : 0;
            for (StreamProbe probe : probes) {
                if (!probe.served()) {
                    continue;
                }
                served++;
                tokenCount += tokens;
                long[] t = probe.tokenTimes;
                ttftError.add((t[0] - probe.start - ttftNanos) / 1e6);
                for (int i = 0; i < t.length; i++) {
                    lateness.add((t[i] - probe.start - ttftNanos - i * itlNanos) / 1e6);
                    if (i > 0) {
                        itlError.add(Math.abs(t[i] - t[i - 1] - itlNanos) / 1e6);
                    }
                }
            }
            double seconds = (lastEnd - firstStart) / 1e9;
            return String.format(Locale.ROOT,
                    "%7d %6d  %8.0f  %6.2f / %6.2f      %6.2f / %6.2f     %6.2f / %6.2f / %7.2f", streams, served, tokenCount / seconds, pct(ttftError, 50), pct(ttftError, 99), pct(itlError, 50),
                    pct(itlError, 99), pct(lateness, 50), pct(lateness, 99), pct(lateness, 100));
        }

        private static double pct(List<Double> values, double percentile) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /**
     * One streaming request on a raw keep-alive connection (opened by a one-token request first, as a pooled client
     * would). Timestamps every content event by scanning the received bytes for the chunk marker, with no HTTP or
     * JSON decoding, so the client stays cheaper than the server it measures. A marker split across two reads is
     * caught by keeping the previous read's tail.
     */
    private static final class StreamProbe extends ChannelInboundHandlerAdapter {
        private static final byte[] CONTENT = CONTENT_MARK.getBytes(StandardCharsets.US_ASCII);
        private static final byte[] DONE = "data: [DONE]".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] OK = "HTTP/1.1 200".getBytes(StandardCharsets.US_ASCII);

        private final int tokens;
        private final CountDownLatch done;
        private final long[] tokenTimes;
        private byte[] carry = new byte[0];
        private boolean statusChecked;
        private boolean connectionOpened;
        private int received;
        private boolean finished;
        private boolean ok;
        private long start;

        StreamProbe(int tokens, CountDownLatch done) {
            this.tokens = tokens;
            this.done = done;
            this.tokenTimes = new long[tokens];
        }

        boolean served() {
            return ok;
        }

        /** A one-token request first opens the keep-alive connection, so connection set-up is not measured. */
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            send(ctx, 1);
        }

        private void send(ChannelHandlerContext ctx, int maxTokens) {
            byte[] body = ("{\"model\":\"bench\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":"
                    + maxTokens + ",\"ignore_eos\":true,\"stream\":true}").getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            start = System.nanoTime();
            ctx.writeAndFlush(Unpooled.wrappedBuffer(head, body));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            long now = System.nanoTime();
            ByteBuf buf = (ByteBuf) message;
            try {
                byte[] bytes = new byte[carry.length + buf.readableBytes()];
                System.arraycopy(carry, 0, bytes, 0, carry.length);
                buf.getBytes(buf.readerIndex(), bytes, carry.length, buf.readableBytes());
                if (!statusChecked && bytes.length >= OK.length) {
                    statusChecked = true;
                    if (indexOf(bytes, OK, 0) != 0) {
                        finish(ctx, false);
                        return;
                    }
                }
                int from = 0;
                int hit;
                while ((hit = indexOf(bytes, CONTENT, from)) >= 0) {
                    if (connectionOpened && received < tokenTimes.length) {
                        tokenTimes[received++] = now;
                    }
                    from = hit + CONTENT.length;
                }
                if (indexOf(bytes, DONE, 0) >= 0) {
                    if (connectionOpened) {
                        finish(ctx, received == tokenTimes.length);
                    } else {
                        connectionOpened = true;
                        received = 0;
                        statusChecked = false;
                        carry = new byte[0];
                        send(ctx, tokens);
                    }
                    return;
                }
                int keep = Math.min(bytes.length - from, CONTENT.length - 1);
                carry = Arrays.copyOfRange(bytes, bytes.length - keep, bytes.length);
            } finally {
                buf.release();
            }
        }

        private static int indexOf(byte[] haystack, byte[] needle, int from) {
            outer:
            for (int i = from; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            finish(ctx, false);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            finish(ctx, false);
        }

        void fail() {
            if (!finished) {
                finished = true;
                done.countDown();
            }
        }

        private void finish(ChannelHandlerContext ctx, boolean success) {
            if (!finished) {
                finished = true;
                ok = success;
                done.countDown();
                ctx.close();
            }
        }
    }

    /** Command-line options. */
    private static final class Options {
        int[] streams = {1, 64, 512, 1000, 2000, 4000};
        int ttftMs = 100;
        int itlMs = 20;
        int tokens = 100;
        int port;
        int clientThreads = 1;
        String profile;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--streams" -> options.streams = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt)
                            .toArray();
                    case "--ttft-ms" -> options.ttftMs = Integer.parseInt(value);
                    case "--itl-ms" -> options.itlMs = Integer.parseInt(value);
                    case "--tokens" -> options.tokens = Integer.parseInt(value);
                    case "--port" -> options.port = Integer.parseInt(value);
                    case "--profile" -> options.profile = value;
                    case "--client-threads" -> options.clientThreads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return options;
        }
    }
}

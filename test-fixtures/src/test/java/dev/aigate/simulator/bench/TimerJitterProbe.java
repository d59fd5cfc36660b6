package dev.aigate.simulator.bench;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.HashedWheelTimer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Measures how late timers fire (not a test): Netty's {@code EventLoop.schedule} on the epoll transport
 * (timerfd) and on NIO ({@code Selector.select(timeout)}), and a {@code HashedWheelTimer}. Each arms
 * {@code count} timers with random delays of 1-50 ms and reports lateness p50/p99/max. The simulator uses the
 * event loops' own timers; this is why.
 *
 * <pre>java -cp ... dev.aigate.simulator.bench.TimerJitterProbe [count]</pre>
 */
public final class TimerJitterProbe {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        if (Epoll.isAvailable()) {
            probeEventLoop("epoll EventLoop.schedule", EpollIoHandler.newFactory(), count);
        }
        probeEventLoop("nio EventLoop.schedule", NioIoHandler.newFactory(), count);
        probeWheel(count);
    }

    private static void probeEventLoop(String name, IoHandlerFactory factory, int count) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, factory);
        try {
            EventLoop loop = group.next();
            measure(name, count, (delayNanos, task) -> loop.schedule(task, delayNanos, TimeUnit.NANOSECONDS));
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    private static void probeWheel(int count) throws Exception {
        HashedWheelTimer wheel = new HashedWheelTimer(1, TimeUnit.MILLISECONDS);
        try {
            measure("HashedWheelTimer (1 ms tick)", count,
                    (delayNanos, task) -> wheel.newTimeout(t -> task.run(), delayNanos, TimeUnit.NANOSECONDS));
        } finally {
            wheel.stop();
        }
    }

    private interface Scheduler {
        void schedule(long delayNanos, Runnable task);
    }

    private static void measure(String name, int count, Scheduler scheduler) throws Exception {
        double[] lateMillis = new double[count];
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            long delay = TimeUnit.MICROSECONDS.toNanos(ThreadLocalRandom.current().nextLong(1_000, 50_000));
            long deadline = System.nanoTime() + delay;
            scheduler.schedule(delay, () -> {
                lateMillis[index] = (System.nanoTime() - deadline) / 1e6;
                done.countDown();
            });
            if (i % 50 == 0) {
                Thread.sleep(1); // spread the timers out, as streams are
            }
        }
        done.await();
        Arrays.sort(lateMillis);
        System.out.printf(Locale.ROOT, "%-30s lateness p50 %.3f ms  p99 %.3f ms  max %.3f ms  (min %.3f)%n", name,
                lateMillis[count / 2], lateMillis[(int) (count * 0.99)], lateMillis[count - 1], lateMillis[0]);
    }
}

package dev.aigate.provider.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}

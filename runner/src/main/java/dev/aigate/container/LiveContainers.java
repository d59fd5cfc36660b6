package dev.aigate.container;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The containers this process started and has not removed yet. A JVM shutdown hook removes any left when the
 * process ends (Ctrl-C, SIGTERM from CI), after giving the run a moment to remove them itself: a model server
 * holding a GPU must never outlive the gate that started it.
 */
final class LiveContainers {

    private static final long GRACE_MILLIS = 10_000;
    private static final Set<ModelServerContainer> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private LiveContainers() {
    }

    static void add(ModelServerContainer container) {
        installHook();
        LIVE.add(container);
    }

    static void remove(ModelServerContainer container) {
        LIVE.remove(container);
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveContainers::removeAll, "aigate-container-reaper"));
            hookInstalled = true;
        }
    }

    private static void removeAll() {
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        while (!LIVE.isEmpty() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
        for (ModelServerContainer container : Set.copyOf(LIVE)) {
            container.close();
        }
    }
}

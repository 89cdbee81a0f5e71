package org.ariadne.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling for what a server does in the background (indexing, timers), bounded in time. */
public final class Waiting {

    private Waiting() {
    }

    /** Asks {@code probe} every {@code pause} until {@code done} holds (true) or {@code limit} has passed (false). */
    public static <T> boolean until(Supplier<T> probe, Predicate<T> done, Duration limit, Duration pause) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.test(probe.get())) {
                return true;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}

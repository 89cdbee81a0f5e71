package org.ariadne.bibliography.infrastructure;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small, bounded set of helper threads that share the parts of a long render with the thread that asked for it.
 * The caller always renders parts itself and never waits for a helper to become free: a helper that is busy with
 * another user's render simply does not join in (its queue is short and full tasks are dropped), so a render takes
 * at worst as long as on its own thread, and one user's 10,000-entry bibliography cannot hold up another's.
 */
final class RenderWorkers {

    /** Renders part {@code part}; {@code slot} is 0 on the calling thread and 1.. on helpers. */
    interface PartRenderer {
        void render(int slot, int part);
    }

    /** The longest a caller waits for a part a helper has started. */
    static final long PART_TIMEOUT_SECONDS = 120;

    private final ThreadPoolExecutor pool;
    private final int helpers;

    RenderWorkers(int helpers, ClassLoader loader) {
        this.helpers = helpers;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(helpers, helpers, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(helpers),
                r -> {
                    Thread t = new Thread(r, "ariadne-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setContextClassLoader(loader);
                    return t;
                }, new ThreadPoolExecutor.DiscardPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Renders parts 0..count-1, each exactly once, on this thread and on free helpers; returns when all are done.
     *
     * @throws IllegalStateException if a part failed or a helper's part took longer than the timeout
     */
    void runAll(int count, PartRenderer renderer) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        java.util.function.IntConsumer work = slot -> {
            int part;
            while ((part = next.getAndIncrement()) < count) {
                try {
                    if (failure.get() == null) {
                        renderer.render(slot, part);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException re ? re
                            : new IllegalStateException("a render part failed", e));
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 1; h <= Math.min(helpers, count - 1); h++) {
            int slot = h;
            try {
                pool.execute(() -> work.accept(slot));
            } catch (RejectedExecutionException e) {
                break; // shut down: the caller renders every part
            }
        }
        work.accept(0);
        try {
            if (!done.await(PART_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a render part took longer than " + PART_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    void close() {
        pool.shutdownNow();
    }
}

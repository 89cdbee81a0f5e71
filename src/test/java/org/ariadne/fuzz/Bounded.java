package org.ariadne.fuzz;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread with a time limit, so a parser that loops forever fails the test as a hang
 * instead of stalling the build. The worker is reused (one thread per execution would halve the fuzzer's speed); after
 * a hang it is abandoned and a fresh one takes over. Exceptions the input raises come back unwrapped.
 */
public final class Bounded {

    /**
     * Far above what any input needs (milliseconds), far below "stuck". The first inputs of a fuzzing run also pay
     * for Jazzer instrumenting every class they load, which on a busy machine can take longer: while classes are
     * still being loaded the wait goes on (up to {@link #CAP}); 30 s with none loaded and no answer is a hang.
     */
    public static final Duration LIMIT = Duration.ofSeconds(30);
    /** However many classes a first input makes the JVM load, no input gets longer than this. */
    private static final Duration CAP = Duration.ofMinutes(10);

    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    public static synchronized void run(Runnable work) {
        Future<?> done = worker.submit(work);
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long deadline = System.nanoTime() + CAP.toNanos();
        try {
            while (true) {
                long loaded = classes.getTotalLoadedClassCount();
                try {
                    done.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException slow) {
                    // still loading (and, under Jazzer, instrumenting) classes is progress, not a hang
                    if (classes.getTotalLoadedClassCount() == loaded || System.nanoTime() > deadline) {
                        done.cancel(true);
                        worker.shutdownNow();
                        worker = newWorker();
                        throw new AssertionError("No answer within " + LIMIT.toSeconds()
                                + " s with no class loaded meanwhile: the parser hangs on this input");
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the parser", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(failed.getCause());
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }
}

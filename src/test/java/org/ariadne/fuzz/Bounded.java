package org.ariadne.fuzz;

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
     * Far above what any input needs (milliseconds), far below "stuck". Generous because the first inputs of a
     * fuzzing run also pay for Jazzer instrumenting every class they load, seconds on a busy machine.
     */
    public static final Duration LIMIT = Duration.ofSeconds(30);

    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    public static synchronized void run(Runnable work) {
        Future<?> done = worker.submit(work);
        try {
            done.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hang) {
            done.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("No answer within " + LIMIT.toSeconds() + " s: the parser hangs on this input");
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

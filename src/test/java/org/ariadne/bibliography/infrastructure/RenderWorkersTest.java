package org.ariadne.bibliography.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer's helper threads: every part once, failures passed on, and a caller never held up by busy helpers. */
class RenderWorkersTest {

    private final RenderWorkers helpers = new RenderWorkers(2, RenderWorkersTest.class.getClassLoader());

    @AfterEach
    void stop() {
        helpers.close();
    }

    @Test
    void runsEveryPartExactlyOnceOnTheCallerAndTheHelpers() {
        int count = 200;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        helpers.runAll(count, (slot, part) -> {
            runs.incrementAndGet(part);
            threads.add(Thread.currentThread().getName());
            busy();
        });
        for (int p = 0; p < count; p++) {
            assertEquals(1, runs.get(p), "part " + p);
        }
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller works too: " + threads);
        assertTrue(threads.stream().anyMatch(name -> name.startsWith("ariadne-render-")), "helpers join: " + threads);
    }

    @Test
    void throwsWhatAPartThrew() {
        IllegalArgumentException broken = new IllegalArgumentException("part 37");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> helpers.runAll(100, (slot, part) -> {
            if (part == 37) {
                throw broken;
            }
        }));
        assertSame(broken, thrown);
    }

    @Test
    void theCallerDoesAllTheWorkWhileEveryHelperIsBusyElsewhere() throws Exception {
        // another caller's three parts, each held until the end: one on its own thread, one on each helper
        CountDownLatch started = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> helpers.runAll(3, (slot, part) -> {
            started.countDown();
            await(release);
        }));
        other.start();
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS), "both helpers are held by another caller's parts");
            Set<Integer> slots = ConcurrentHashMap.newKeySet();
            helpers.runAll(20, (slot, part) -> slots.add(slot));
            assertEquals(Set.of(0), slots, "no part waited for a helper");
        } finally {
            release.countDown();
            other.join(10_000);
        }
    }

    private static void busy() {
        long until = System.nanoTime() + 1_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.ariadne.bibliography.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the style catalogue in the background a little after start-up, so the first writer to ask for styles
 * does not wait the seconds it takes to read ~10,800 styles out of the jar; late enough not to slow the start. Then
 * renders a bibliography of made-up items in the most used style (APA unless {@code ariadne.render.warmup.style}
 * says otherwise), so the first real bibliography finds its engines built and the JIT warm; then tells whoever
 * warms up the paths around the engine ({@link RendererWarmedUp}).
 */
@Singleton
@Startup
public class StylesWarmUp {

    private static final Logger LOG = Logger.getLogger(StylesWarmUp.class.getName());
    private static final long DELAY_SECONDS = Long.getLong("ariadne.styles.warmup.delay", 20);
    /**
     * Made-up entries rendered after the catalogue is ready (0: none): several parts, so the engines of the
     * request's thread and of a helper are both built, and enough for the JIT to compile the engine's paths fully
     * (measured in-process on a busy machine: after 600 the first real 1,000-entry render cost about 1.8 times
     * the CPU of later ones, after 2,000 about 1.4 times). A few seconds of CPU in the background.
     */
    private static final int RENDER_ITEMS = Integer.getInteger("ariadne.render.warmup.items", 2000);
    private static final String RENDER_STYLE = System.getProperty("ariadne.render.warmup.style", "apa");
    /** Rounds at most, the pause after each, and the JIT's compile time during one below which none follows. */
    private static final int MAX_ROUNDS = Integer.getInteger("ariadne.render.warmup.rounds", 4);
    private static final long PAUSE_SECONDS = 3;
    private static final long SETTLED_COMPILE_MILLIS = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CitationStyles styles;

    @Inject
    Event<RendererWarmedUp> warmedUp;

    @PostConstruct
    void schedule() {
        scheduler.schedule(this::warmUp, DELAY_SECONDS, TimeUnit.SECONDS);
    }

    private void warmUp() {
        try {
            int count = styles.catalog().all().size();
            LOG.info(() -> "Style catalogue ready: " + count + " bundled styles.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not prepare the style catalogue in advance; it will be built on first use", e);
        }
        if (RENDER_ITEMS > 0) {
            round(0);
        }
    }

    /**
     * One round: made-up entries, then the paths around the engine ({@link RendererWarmedUp}); another round after a
     * pause if the JIT was still busy compiling what this one made hot. The JIT puts off its optimising compiles while
     * its queue is long, as it is just after a start: measured through the API, one round left the engine's and the
     * item reader's hottest methods to be compiled during the first real bibliography, half a second of its time.
     */
    private void round(int round) {
        long compiledBefore = compilationMillis();
        long start = System.nanoTime();
        try {
            styles.warmUpRenderer(RENDER_STYLE, "en-US", RENDER_ITEMS, round);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not warm the renderer up; the first bibliography will build its engines", e);
            return;
        }
        warmedUp.fire(new RendererWarmedUp(RENDER_STYLE, "en-US"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        scheduler.schedule(() -> settled(round, millis, compiledBefore), PAUSE_SECONDS, TimeUnit.SECONDS);
    }

    private void settled(int round, long millis, long compiledBefore) {
        long compiled = compilationMillis() - compiledBefore;
        boolean again = compiled > SETTLED_COMPILE_MILLIS && round + 1 < MAX_ROUNDS;
        LOG.info(() -> "Rendering warmed up, round " + (round + 1) + ": " + RENDER_ITEMS + " made-up " + RENDER_STYLE
                + " entries and the requests around them in " + millis + " ms; the JIT compiled for " + compiled
                + " ms meanwhile" + (again ? "." : "; warm-up done."));
        if (again) {
            round(round + 1);
        }
    }

    /** The JIT's compile time so far (its threads' time, not wall time), or 0 where the JVM does not tell. */
    private static long compilationMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}

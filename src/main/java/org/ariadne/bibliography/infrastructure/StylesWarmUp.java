package org.ariadne.bibliography.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the style catalogue in the background a little after start-up, so the first writer to ask for styles
 * does not wait the seconds it takes to read ~10,800 styles out of the jar; late enough not to slow the start. Then
 * renders a bibliography of made-up items in the most used style (APA unless {@code ariadne.render.warmup.style}
 * says otherwise), so the first real bibliography finds its engines built and the JIT warm.
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

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CitationStyles styles;

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
            try {
                long start = System.nanoTime();
                styles.warmUpRenderer(RENDER_STYLE, "en-US", RENDER_ITEMS);
                LOG.info(() -> "Rendering warmed up: " + RENDER_ITEMS + " made-up " + RENDER_STYLE + " entries in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms.");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not warm the renderer up; the first bibliography will build its engines", e);
            }
        }
    }
}

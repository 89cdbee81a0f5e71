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
 * does not wait the seconds it takes to read ~10,800 styles out of the jar; late enough not to slow the start.
 */
@Singleton
@Startup
public class StylesWarmUp {

    private static final Logger LOG = Logger.getLogger(StylesWarmUp.class.getName());
    private static final long DELAY_SECONDS = Long.getLong("ariadne.styles.warmup.delay", 20);

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
    }
}

package org.ariadne.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Creates the search indexes that are missing and checks the others against the mapping, at start, before the
 * start-up beans that read or write them ({@code @DependsOn("SearchSchema")}) and before the application serves.
 * Hibernate Search would do the same while it boots, but nodes of a cluster started at the same moment on a new
 * OpenSearch cluster then both find an index missing and both create it; the slower one is refused with
 * {@code resource_already_exists_exception}, and at boot that failed its whole deployment. Here a refusal for that
 * reason is tried again a moment later, when the index is there to be checked ({@code
 * hibernate.search.schema_management.strategy} is {@code none} in persistence.xml, so this is the only place).
 */
@Singleton
@Startup
public class SearchSchema {

    private static final Logger LOG = Logger.getLogger(SearchSchema.class.getName());
    static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    @PersistenceUnit
    EntityManagerFactory emf;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createOrValidate() {
        createOrValidate(() -> Search.mapping(emf).scope(Object.class).schemaManager().createOrValidate(), PAUSE);
    }

    /**
     * Runs {@code attempt} until it succeeds, again after {@code pause} while it fails because another node created
     * an index at the same moment, at most {@value #ATTEMPTS} times; any other failure at once.
     */
    static void createOrValidate(Runnable attempt, Duration pause) {
        for (int i = 1; ; i++) {
            try {
                attempt.run();
                return;
            } catch (RuntimeException e) {
                if (i == ATTEMPTS || !createdMeanwhile(e)) {
                    throw e;
                }
                int failed = i;
                LOG.info(() -> "Another node created a search index at the same moment (attempt " + failed
                        + "); checking the indexes again");
                pause(pause);
            }
        }
    }

    /** Whether OpenSearch's refusal is in the failure: its message, a cause or a suppressed failure of either. */
    private static boolean createdMeanwhile(Throwable e) {
        if (e == null) {
            return false;
        }
        if (e.getMessage() != null && e.getMessage().contains("resource_already_exists_exception")) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (createdMeanwhile(suppressed)) {
                return true;
            }
        }
        return createdMeanwhile(e.getCause());
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check the search indexes again", e);
        }
    }
}

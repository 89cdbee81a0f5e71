package org.ariadne.catalog.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.shared.infrastructure.DataDirectory;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start, before any request is served, squares the archived text files with the database: a server killed
 * while archiving a text leaves a temporary file (the write never finished) or a complete file whose transaction
 * never committed. Both are cleared away; a file the database refers to, now or in a source's history, is never
 * touched. Uploads staged under {@code incoming/} (a bag being restored) are cleared too. The database itself never points at an incomplete file: the file is complete and renamed into place
 * before the transaction that records its digest commits.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class TextStoreReconciliation {

    private static final Logger LOG = Logger.getLogger(TextStoreReconciliation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FileTextStore texts;

    @Inject
    DataDirectory dataDirectory;

    @PostConstruct
    void reconcile() {
        Instant startedAt = Instant.now();
        Set<String> referenced = new HashSet<>();
        for (String query : List.of("SELECT DISTINCT text_sha256 FROM source WHERE text_sha256 IS NOT NULL",
                "SELECT DISTINCT text_sha256 FROM source_aud WHERE text_sha256 IS NOT NULL")) {
            for (Object digest : em.createNativeQuery(query).getResultList()) {
                referenced.add(String.valueOf(digest));
            }
        }
        FileTextStore.Reconciliation done = texts.reconcile(referenced, startedAt);
        int staged = dataDirectory.clear("incoming");
        LOG.info(() -> "Archived texts reconciled with the database: " + referenced.size() + " referenced, "
                + done.temporaryFilesDeleted() + " unfinished temporary file(s) deleted, " + done.orphansSetAside()
                + " unreferenced file(s) moved to orphans/, " + staged + " unfinished upload(s) cleared");
    }
}

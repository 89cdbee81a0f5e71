package org.ariadne.search.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchSchemaTest {

    private static final RuntimeException RACE = new IllegalStateException("HSEARCH400007: Elasticsearch request failed",
            new IllegalStateException("{\"error\":{\"type\":\"resource_already_exists_exception\",\"reason\":"
                    + "\"index [it-source-000001] already exists\"},\"status\":400}"));

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void anIndexCreatedByAnotherNodeAtTheSameMomentIsCheckedOnTheNextAttempt() {
        SearchSchema.createOrValidate(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw RACE;
            }
        }, Duration.ZERO);

        assertEquals(2, attempts.get());
    }

    @Test
    void theRefusalIsFoundAmongTheFailuresOfSeveralIndexes() {
        RuntimeException report = new IllegalStateException("HSEARCH000520: failures during schema management");
        report.addSuppressed(new IllegalStateException("index [it-claim-000001]: timed out"));
        report.addSuppressed(RACE);

        SearchSchema.createOrValidate(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw report;
            }
        }, Duration.ZERO);

        assertEquals(2, attempts.get());
    }

    @Test
    void anyOtherFailureFailsAtOnce() {
        RuntimeException invalid = new IllegalStateException("HSEARCH400033: Validation of the existing index failed");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SearchSchema.createOrValidate(() -> {
            attempts.incrementAndGet();
            throw invalid;
        }, Duration.ZERO));

        assertSame(invalid, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void aRaceThatGoesOnIsGivenUpAfterFiveAttempts() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SearchSchema.createOrValidate(() -> {
            attempts.incrementAndGet();
            throw RACE;
        }, Duration.ZERO));

        assertSame(RACE, thrown);
        assertEquals(SearchSchema.ATTEMPTS, attempts.get());
    }
}

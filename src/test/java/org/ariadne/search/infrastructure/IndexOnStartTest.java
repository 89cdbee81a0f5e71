package org.ariadne.search.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.ariadne.shared.infrastructure.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexOnStartTest {

    @TempDir
    Path data;

    private final List<String> calls = new ArrayList<>();

    @Test
    void afterACrashTheIndexIsEmptiedBeforeTheApplicationServesThenRebuilt() throws IOException {
        Files.writeString(data.resolve(IndexOnStart.OPEN_RUN_MARKER), "open");
        IndexOnStart start = indexOnStart(12, 12);

        start.indexWhenMissingOrInterrupted();

        assertEquals(List.of("purge", "rebuild"), calls, "emptied now, so that no deletion of the lost second is "
                + "a hit while the rebuild runs in the background");
        assertTrue(Files.exists(data.resolve(IndexOnStart.OPEN_RUN_MARKER)));
    }

    @Test
    void aMissingIndexIsRebuiltWithoutEmptyingAnythingFirst() {
        indexOnStart(12, 0).indexWhenMissingOrInterrupted();

        assertEquals(List.of("rebuild"), calls);
    }

    @Test
    void aCleanShutdownLeavesTheIndexAsItIsAndTheNextStartTrustsIt() {
        IndexOnStart first = indexOnStart(12, 12);
        first.indexWhenMissingOrInterrupted();
        first.markCleanShutdown();
        assertFalse(Files.exists(data.resolve(IndexOnStart.OPEN_RUN_MARKER)));

        indexOnStart(12, 12).indexWhenMissingOrInterrupted();

        assertEquals(List.of(), calls);
    }

    @Test
    void aShutdownAfterAnImportsDocumentsCouldNotBeDeletedLeavesTheNextStartToRebuild() {
        IndexOnStart first = indexOnStart(12, 12);
        first.indexWhenMissingOrInterrupted();
        first.documentsLeftBehind = () -> true;
        first.markCleanShutdown();
        assertTrue(Files.exists(data.resolve(IndexOnStart.OPEN_RUN_MARKER)));

        indexOnStart(12, 12).indexWhenMissingOrInterrupted();

        assertEquals(List.of("purge", "rebuild"), calls);
    }

    private IndexOnStart indexOnStart(long catalogued, long indexed) {
        IndexOnStart start = new IndexOnStart();
        start.em = entityManager(catalogued);
        start.index = new HibernateSearchIndex() {
            @Override
            public long indexedSources() {
                return indexed;
            }

            @Override
            public void purge() {
                calls.add("purge");
            }

            @Override
            public boolean startRebuild() {
                calls.add("rebuild");
                return true;
            }
        };
        start.dataDirectory = new DataDirectory() {
            @Override
            public Path root() {
                return data;
            }
        };
        return start;
    }

    /** An entity manager that only answers the count of catalogued sources. */
    private static EntityManager entityManager(long catalogued) {
        TypedQuery<?> count = proxy(TypedQuery.class, "getSingleResult", catalogued);
        return proxy(EntityManager.class, "createQuery", count);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }
}

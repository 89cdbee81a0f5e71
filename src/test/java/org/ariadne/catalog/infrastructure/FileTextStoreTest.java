package org.ariadne.catalog.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileTextStoreTest {

    @TempDir
    Path data;

    @Test
    void startUpDeletesUnfinishedWritesAndSetsAsideFilesTheDatabaseNeverRecorded() throws Exception {
        FileTextStore store = new FileTextStore(data.resolve("texts"));
        String kept = store.store("recorded in the database".getBytes(StandardCharsets.UTF_8));
        String orphan = store.store("its transaction never committed".getBytes(StandardCharsets.UTF_8));
        Path unfinished = Files.writeString(data.resolve("texts").resolve(kept.substring(0, 2))
                .resolve(".incoming-123.tmp"), "half a te");
        Instant start = Instant.now().plusSeconds(1);

        FileTextStore.Reconciliation done = store.reconcile(Set.of(kept), start);

        assertEquals(new FileTextStore.Reconciliation(1, 1), done);
        assertFalse(Files.exists(unfinished));
        assertTrue(store.read(kept).isPresent(), "a referenced file is never touched");
        assertTrue(store.read(orphan).isEmpty());
        assertTrue(Files.exists(data.resolve("orphans").resolve(orphan)), "an orphan is set aside, not deleted");
    }

    @Test
    void leavesFilesWrittenSinceTheStartAlone() throws Exception {
        FileTextStore store = new FileTextStore(data.resolve("texts"));
        Instant start = Instant.now().minusSeconds(60);
        String fresh = store.store("archived while the server was already serving".getBytes(StandardCharsets.UTF_8));

        assertEquals(new FileTextStore.Reconciliation(0, 0), store.reconcile(Set.of(), start));
        assertTrue(store.read(fresh).isPresent());
    }

    @Test
    void rewritesAStoredFileWhoseBytesNoLongerMatchTheirDigest() throws Exception {
        FileTextStore store = new FileTextStore(data.resolve("texts"));
        byte[] text = "sixteen bytes!!!".getBytes(StandardCharsets.UTF_8);
        String sha256 = store.store(text);
        Path file = data.resolve("texts").resolve(sha256.substring(0, 2)).resolve(sha256);
        Files.write(file, "sixteen bytes???".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));

        assertEquals(sha256, store.store(text));
        assertArrayEquals(text, store.read(sha256).orElseThrow());
    }
}

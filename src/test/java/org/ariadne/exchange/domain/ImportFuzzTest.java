package org.ariadne.exchange.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.csl.WorkIdentity;
import org.ariadne.fuzz.Bounded;
import org.ariadne.shared.domain.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile import files: whatever the bytes, reading a file and checking its entries either succeeds or refuses with
 * {@link InvalidInputException} naming a line; nothing else may escape, and nothing may hang. What is accepted also
 * goes through everything an import does next without a database (the identity used for duplicate matching, the
 * derived columns, the credited names) and is written back out in every export format.
 * <p>
 * Under {@code mvn test} each method replays its committed corpus ({@code ImportFuzzTestInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it, coverage-guided ({@code src/bench/fuzz.sh}).
 */
class ImportFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void bibtexIsReadOrRefusedCleanly(byte[] input) {
        importsOrRefuses(ImportFormat.BIBTEX, input);
    }

    @FuzzTest(maxDuration = "60s")
    void risIsReadOrRefusedCleanly(byte[] input) {
        importsOrRefuses(ImportFormat.RIS, input);
    }

    @FuzzTest(maxDuration = "60s")
    void cslJsonIsReadOrRefusedCleanly(byte[] input) {
        importsOrRefuses(ImportFormat.CSL_JSON, input);
    }

    @FuzzTest(maxDuration = "60s")
    void marcXmlIsReadOrRefusedCleanly(byte[] input) {
        importsOrRefuses(ImportFormat.MARCXML, input);
    }

    private static void importsOrRefuses(ImportFormat format, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Bounded.run(() -> {
            List<ImportedEntry> entries;
            try {
                entries = format.read(text);
            } catch (InvalidInputException refused) {
                assertRefusalNamesALine(refused);
                return;
            }
            List<Map<String, Object>> accepted = new ArrayList<>();
            for (ImportedEntry entry : entries) {
                assertTrue(entry.line() >= 1, "an entry starts on a real line");
                assertNotNull(entry.key());
                CslItem item;
                try {
                    item = CslItem.validated(entry.item());
                } catch (InvalidInputException refused) {
                    assertFalse(refused.problems().isEmpty(), "a refused entry says why");
                    continue;
                }
                WorkIdentity.of(item.tree());
                item.facts();
                item.names();
                accepted.add(item.tree());
            }
            for (ExportFormat export : ExportFormat.values()) {
                assertNotNull(export.write(accepted));
            }
        });
    }

    private static void assertRefusalNamesALine(InvalidInputException refused) {
        assertFalse(refused.problems().isEmpty(), "a refusal lists its problems");
        refused.problems().forEach(problem -> assertTrue(problem.line() != null && problem.line() >= 1,
                () -> "a refused file names the line where it breaks: " + problem));
    }
}

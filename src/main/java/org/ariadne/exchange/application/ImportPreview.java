package org.ariadne.exchange.application;

import java.util.List;

/**
 * What an import would do, found without storing anything.
 *
 * @param rows     one per entry of the file, in its order
 * @param warnings what would be read with a loss
 */
public record ImportPreview(List<Row> rows, List<String> warnings) {

    public ImportPreview {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public long newCount() {
        return rows.stream().filter(Row::isNew).count();
    }

    public long duplicateCount() {
        return rows.size() - newCount();
    }

    /**
     * An entry: its key, line and title, and the catalogued source it duplicates or the earlier entry of the file
     * it repeats (both null when it is new).
     */
    public record Row(String entry, int line, String title, Long existing, String sameAsEntry) {

        public boolean isNew() {
            return existing == null && sameAsEntry == null;
        }
    }
}

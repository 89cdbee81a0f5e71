package org.ariadne.exchange.application;

import java.util.List;

/**
 * What an import did.
 *
 * @param created    ids of the new sources, in the order of the file's entries
 * @param duplicates entries not created because the catalogue (or an earlier entry of the file) has the work
 * @param warnings   what was read with a loss, in plain words
 */
public record ImportReport(List<Long> created, List<Duplicate> duplicates, List<String> warnings) {

    public ImportReport {
        created = List.copyOf(created);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
    }

    /** An entry (by its key or position) and the source that already describes its work. */
    public record Duplicate(String entry, long existing) {
    }
}

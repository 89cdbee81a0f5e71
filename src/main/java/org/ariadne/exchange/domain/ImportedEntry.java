package org.ariadne.exchange.domain;

import java.util.List;
import java.util.Map;

/**
 * One entry of an imported file, read into a CSL-JSON item but not yet checked against the catalogue's rules.
 *
 * @param key      what names the entry to a person: its citation key (BibTeX), its ID or position (RIS, CSL-JSON)
 * @param line     the line of the file where the entry starts, counting from 1
 * @param item     the CSL-JSON item
 * @param warnings what was read with a loss, in plain words
 */
public record ImportedEntry(String key, int line, Map<String, Object> item, List<String> warnings) {

    public ImportedEntry {
        warnings = List.copyOf(warnings);
    }
}

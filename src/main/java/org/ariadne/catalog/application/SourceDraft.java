package org.ariadne.catalog.application;

import java.util.Map;
import java.util.Set;

/** What a librarian submits to create or change a source: the CSL-JSON item, its tags and subject headings. */
public record SourceDraft(Map<String, Object> item, Set<String> tags, Set<String> subjects) {

    public SourceDraft {
        item = item == null ? Map.of() : item;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
    }
}

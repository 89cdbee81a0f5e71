package org.ariadne.catalog.application;

import org.ariadne.catalog.domain.SourceMerge;

import java.util.List;
import java.util.Set;

/**
 * What merging two records would give: both records, each field with the default choice and the merged value, the
 * union of tags and subject headings, and, when the merge cannot be made, why ({@code refusal}, else null).
 */
public record MergePreview(SourceRecord survivor, SourceRecord loser, List<SourceMerge.Field> fields,
                           Set<String> tags, Set<String> subjects, String refusal) {
}

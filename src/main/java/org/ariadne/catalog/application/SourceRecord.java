package org.ariadne.catalog.application;

import org.ariadne.catalog.domain.ArchivedText;
import org.ariadne.catalog.domain.Contribution;
import org.ariadne.catalog.domain.Source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A source as the use cases hand it out: its CSL-JSON item and what Ariadne knows about it. */
public record SourceRecord(long id, long version, Map<String, Object> item, Set<String> tags, Set<String> subjects,
                           List<Credit> credits, TextInfo text, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {

    public record Credit(long contributorId, String name, String role, int position) {
    }

    public record TextInfo(String mediaType, String charset, long bytes, String sha256, int footnotes,
                           Instant archivedAt, String archivedBy) {

        static TextInfo of(ArchivedText text) {
            return new TextInfo(text.mediaType(), text.charset(), text.bytes(), text.sha256(), text.footnotes(),
                    text.archivedAt(), text.archivedBy());
        }
    }

    public static SourceRecord of(Source source) {
        List<Credit> credits = source.contributions().stream()
                .map(SourceRecord::credit)
                .toList();
        return new SourceRecord(source.id(), source.version(), source.itemTree(), Set.copyOf(source.tags()),
                Set.copyOf(source.subjects()), credits, source.text().map(TextInfo::of).orElse(null),
                source.createdAt(), source.createdBy(), source.updatedAt(), source.updatedBy());
    }

    private static Credit credit(Contribution contribution) {
        return new Credit(contribution.contributor().id(), contribution.contributor().displayName(),
                contribution.role(), contribution.position());
    }

    public String title() {
        Object title = item.get("title");
        return title == null ? "" : title.toString();
    }

    public String type() {
        Object type = item.get("type");
        return type == null ? "" : type.toString();
    }

    /** The ETag of this version: strong, changes with every write. */
    public String etag() {
        return id + "-" + version;
    }
}

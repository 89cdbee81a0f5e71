package org.ariadne.search.infrastructure;

import org.ariadne.catalog.domain.Contribution;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A source as a search document: title, contributors with their variant names, container title, identifiers, year
 * and type, and the words of its archived text (read from the text store, not from the database).
 */
final class SourceDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // what the document reads, so that a change to any of it re-indexes the source; that includes the names
        // of the credited contributors: a new variant or a restored name re-indexes every source crediting the
        // record (followed back through Contributor.credits and Contribution.source)
        context.dependencies().use("title").use("containerTitle").use("type").use("issuedYear").use("issuedSort")
                .use("doi").use("isbn").use("issn").use("url").use("contributions").use("text")
                .use("contributions.contributor.displayName").use("contributions.contributor.variants");
        SearchFields fields = new SearchFields(context.indexSchemaElement(), context.typeFactory());
        context.bridge(Source.class, new Bridge(fields));
    }

    private record Bridge(SearchFields fields) implements TypeBridge<Source> {

        @Override
        public void write(DocumentElement document, Source source, TypeBridgeWriteContext context) {
            document.addValue(fields.kind, "source");
            fields.markIfEarly(document);
            SearchFields.addText(document, fields.title, fields.titleExact, source.title());
            SearchFields.add(document, fields.suggestion, source.title());
            SearchFields.add(document, fields.container, source.containerTitle());
            SearchFields.add(document, fields.type, source.type());
            if (source.issuedYear() != null) {
                document.addValue(fields.year, source.issuedYear());
            }
            SearchFields.add(document, fields.date, source.issuedSort());
            SearchFields.add(document, fields.identifiers, source.doi());
            SearchFields.add(document, fields.identifiers, source.isbn());
            SearchFields.add(document, fields.identifiers, source.issn());
            SearchFields.add(document, fields.identifiers, source.url());
            Set<Contributor> credited = new LinkedHashSet<>();
            for (Contribution contribution : source.contributions()) {
                credited.add(contribution.contributor());
            }
            for (Contributor contributor : credited) {
                document.addValue(fields.contributor, contributor.displayName());
                SearchFields.add(document, fields.names, contributor.displayName());
                SearchFields.add(document, fields.suggestion, contributor.displayName());
                for (Contributor.Variant variant : contributor.variants()) {
                    SearchFields.add(document, fields.names, variant.displayName());
                }
            }
            document.addValue(fields.hasText, source.text().isPresent());
            source.text().flatMap(ArchivedTexts::plainText)
                    .ifPresent(text -> SearchFields.addText(document, fields.body, fields.bodyExact, text));
        }
    }
}

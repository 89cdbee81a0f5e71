package org.ariadne.search.infrastructure;

import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.Footnote;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A footnote as a search document: its text, and what its parsed citations say (locators, labels and the quotes a
 * librarian anchored), with the source it stands in and its number so a hit can lead back to it.
 */
final class FootnoteDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("text").use("sourceId").use("number").use("citations.quote")
                .use("citations.locator").use("citations.label");
        SearchFields fields = new SearchFields(context.indexSchemaElement(), context.typeFactory());
        context.bridge(Footnote.class, new Bridge(fields));
    }

    private record Bridge(SearchFields fields) implements TypeBridge<Footnote> {

        @Override
        public void write(DocumentElement document, Footnote footnote, TypeBridgeWriteContext context) {
            document.addValue(fields.kind, "footnote");
            SearchFields.addText(document, fields.body, fields.bodyExact, footnote.text());
            SearchFields.add(document, fields.excerpt, footnote.text());
            for (Citation citation : footnote.citations()) {
                SearchFields.addText(document, fields.body, fields.bodyExact, citation.quote());
                if (citation.locator() != null) {
                    SearchFields.add(document, fields.identifiers,
                            (citation.label() == null ? "" : citation.label() + " ") + citation.locator());
                }
            }
            document.addValue(fields.sourceId, footnote.sourceId());
            document.addValue(fields.number, footnote.number());
        }
    }
}

package org.ariadne.search.infrastructure;

import org.ariadne.catalog.domain.Contributor;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** A contributor (person or organisation) as a suggestion of the search box, under any form of the name. */
final class PersonDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("displayName").use("variants");
        SearchFields fields = new SearchFields(context.indexSchemaElement(), context.typeFactory());
        context.bridge(Contributor.class, new Bridge(fields));
    }

    private record Bridge(SearchFields fields) implements TypeBridge<Contributor> {

        @Override
        public void write(DocumentElement document, Contributor contributor, TypeBridgeWriteContext context) {
            document.addValue(fields.kind, "person");
            fields.markIfEarly(document);
            SearchFields.addText(document, fields.title, fields.titleExact, contributor.displayName());
            SearchFields.add(document, fields.suggestion, contributor.displayName());
            document.addValue(fields.names, contributor.displayName());
            for (Contributor.Variant variant : contributor.variants()) {
                SearchFields.add(document, fields.names, variant.displayName());
                SearchFields.add(document, fields.suggestion, variant.displayName());
            }
        }
    }
}

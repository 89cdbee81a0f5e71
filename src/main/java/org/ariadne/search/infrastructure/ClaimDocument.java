package org.ariadne.search.infrastructure;

import org.ariadne.claims.domain.Claim;
import org.ariadne.claims.domain.ClaimCitation;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import java.util.StringJoiner;

/** A claim as a search document: its text, the quotes of its citations, its status and when it was made. */
final class ClaimDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("text").use("status").use("createdAt").use("citations.quote");
        SearchFields fields = new SearchFields(context.indexSchemaElement(), context.typeFactory());
        context.bridge(Claim.class, new Bridge(fields));
    }

    private record Bridge(SearchFields fields) implements TypeBridge<Claim> {

        @Override
        public void write(DocumentElement document, Claim claim, TypeBridgeWriteContext context) {
            document.addValue(fields.kind, "claim");
            SearchFields.addText(document, fields.title, fields.titleExact, claim.text());
            SearchFields.add(document, fields.suggestion, claim.text());
            StringJoiner quotes = new StringJoiner("\n");
            for (ClaimCitation citation : claim.citations()) {
                if (citation.quote() != null && !citation.quote().isBlank()) {
                    quotes.add(citation.quote());
                }
            }
            SearchFields.addText(document, fields.body, fields.bodyExact, quotes.toString());
            SearchFields.add(document, fields.excerpt, quotes.toString());
            document.addValue(fields.status, claim.status().wireName());
            SearchFields.add(document, fields.date, claim.createdAt().toString().substring(0, 10));
        }
    }
}

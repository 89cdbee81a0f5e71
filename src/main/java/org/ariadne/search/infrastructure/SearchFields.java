package org.ariadne.search.infrastructure;

import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.ariadne.shared.infrastructure.SearchBackend;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;

/**
 * The one document schema every index shares (sources, claims, footnotes, people), so that a query, a facet or a
 * highlight can span them all: each kind fills the fields it has and leaves the others empty.
 */
public final class SearchFields {

    /* the analysers' names, defined for each backend by its infrastructure.<backend>.SearchAnalysis */
    public static final String ENGLISH = "english";
    public static final String FOLDED = "folded";
    public static final String SUGGEST = "suggest";
    public static final String KEY = "key";

    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_exact";
    static final String BODY = "body";
    static final String BODY_EXACT = "body_exact";
    static final String NAMES = "names";
    static final String CONTAINER = "container";
    static final String IDENTIFIERS = "identifiers";
    static final String SUGGESTION = "suggestion";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String CONTRIBUTOR = "contributor";
    static final String HAS_TEXT = "hasText";
    static final String STATUS = "status";
    static final String SOURCE_ID = "sourceId";
    static final String NUMBER = "number";
    /** Stored, not searched: the text a claim's or a footnote's snippet is cut from. */
    static final String EXCERPT = "excerpt";
    /** The mark of the bulk write that indexed a document before its commit (shared.infrastructure.EarlyIndexing). */
    static final String EARLY_BATCH = "early_batch";

    final IndexFieldReference<String> kind;
    final IndexFieldReference<String> title;
    final IndexFieldReference<String> titleExact;
    final IndexFieldReference<String> body;
    final IndexFieldReference<String> bodyExact;
    final IndexFieldReference<String> names;
    final IndexFieldReference<String> container;
    final IndexFieldReference<String> identifiers;
    final IndexFieldReference<String> suggestion;
    final IndexFieldReference<String> type;
    final IndexFieldReference<Integer> year;
    final IndexFieldReference<String> date;
    final IndexFieldReference<String> contributor;
    final IndexFieldReference<Boolean> hasText;
    final IndexFieldReference<String> status;
    final IndexFieldReference<Long> sourceId;
    final IndexFieldReference<Integer> number;
    final IndexFieldReference<String> excerpt;
    /** Only in the embedded index, the one that takes documents early; null elsewhere. */
    final IndexFieldReference<String> earlyBatch;

    SearchFields(IndexSchemaElement schema, IndexFieldTypeFactory types) {
        var stemmed = types.asString().analyzer(ENGLISH).toIndexFieldType();
        var exact = types.asString().analyzer(FOLDED).toIndexFieldType();
        var keyword = types.asString().normalizer(KEY).aggregable(Aggregable.YES).projectable(Projectable.YES)
                .toIndexFieldType();
        kind = schema.field(KIND, keyword).toReference();
        title = schema.field(TITLE, types.asString().analyzer(ENGLISH).projectable(Projectable.YES)
                .toIndexFieldType()).toReference();
        titleExact = schema.field(TITLE_EXACT, exact).toReference();
        body = schema.field(BODY, stemmed).multiValued().toReference();
        bodyExact = schema.field(BODY_EXACT, exact).multiValued().toReference();
        names = schema.field(NAMES, exact).multiValued().toReference();
        container = schema.field(CONTAINER, types.asString().analyzer(ENGLISH).toIndexFieldType()).toReference();
        identifiers = schema.field(IDENTIFIERS, exact).multiValued().toReference();
        suggestion = schema.field(SUGGESTION, types.asString().analyzer(SUGGEST).searchAnalyzer(FOLDED)
                .toIndexFieldType()).multiValued().toReference();
        type = schema.field(TYPE, keyword).toReference();
        year = schema.field(YEAR, types.asInteger().sortable(Sortable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.YES).toIndexFieldType()).toReference();
        date = schema.field(DATE, types.asString().sortable(Sortable.YES).projectable(Projectable.YES)
                .toIndexFieldType()).toReference();
        contributor = schema.field(CONTRIBUTOR, types.asString().aggregable(Aggregable.YES).toIndexFieldType())
                .multiValued().toReference();
        hasText = schema.field(HAS_TEXT, types.asBoolean().aggregable(Aggregable.YES).projectable(Projectable.YES)
                .toIndexFieldType())
                .toReference();
        status = schema.field(STATUS, keyword).toReference();
        sourceId = schema.field(SOURCE_ID, types.asLong().projectable(Projectable.YES).toIndexFieldType())
                .toReference();
        excerpt = schema.field(EXCERPT, types.asString().searchable(Searchable.NO).projectable(Projectable.YES)
                .toIndexFieldType()).toReference();
        number = schema.field(NUMBER, types.asInteger().projectable(Projectable.YES).toIndexFieldType())
                .toReference();
        // not declared for OpenSearch, whose existing indexes' mappings would no longer validate without it
        earlyBatch = SearchBackend.embedded()
                ? schema.field(EARLY_BATCH, types.asString().toIndexFieldType()).toReference()
                : null;
    }

    /** Marks a document built within an early-indexed bulk write with that write's mark. */
    void markIfEarly(DocumentElement document) {
        if (earlyBatch != null) {
            EarlyIndexing.markOfThisThread().ifPresent(mark -> document.addValue(earlyBatch, mark));
        }
    }

    /** Adds a text to a full-text field and its unstemmed twin, if there is one. */
    static void addText(DocumentElement document, IndexFieldReference<String> stemmed,
                        IndexFieldReference<String> unstemmed, String value) {
        if (value != null && !value.isBlank()) {
            document.addValue(stemmed, value);
            if (unstemmed != null) {
                document.addValue(unstemmed, value);
            }
        }
    }

    static void add(DocumentElement document, IndexFieldReference<String> field, String value) {
        if (value != null && !value.isBlank()) {
            document.addValue(field, value);
        }
    }
}

package org.ariadne.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.ArchivedText;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.ariadne.claims.domain.Claim;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.search.domain.HitKind;
import org.ariadne.search.domain.ReindexProgress;
import org.ariadne.search.domain.SearchHit;
import org.ariadne.search.domain.SearchIndex;
import org.ariadne.search.domain.SearchRequest;
import org.ariadne.search.domain.SearchResult;
import org.ariadne.search.domain.Snippets;
import org.ariadne.search.domain.Suggestion;
import org.ariadne.search.infrastructure.lucene.LuceneFacetCounting;
import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.ariadne.shared.infrastructure.SearchBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The search index, on Hibernate Search: one query over the indexes of the kinds asked for. */
@ApplicationScoped
public class HibernateSearchIndex implements SearchIndex {

    private static final int SNIPPET_CHARS = 200;
    private static final int LABEL_CHARS = 120;
    private static final int FACET_VALUES = 10;
    private static final int TYPE_VALUES = 50;
    private static final int YEAR_VALUES = 500;
    /** Hibernate Search's default for a terms aggregation, which the status and hasText facets have always had. */
    private static final int OTHER_VALUES = 100;
    /** The facets, as {@link FacetCounting} counts them where the backend allows it. */
    private static final List<String> KEYWORD_FACETS = List.of(SearchFields.KIND, SearchFields.TYPE,
            SearchFields.CONTRIBUTOR, SearchFields.STATUS);
    private static final List<String> NUMBER_FACETS = List.of(SearchFields.YEAR, SearchFields.HAS_TEXT);
    /** Every indexed entity: what a rebuild refills and a purge empties. */
    private static final Class<?>[] INDEXED = {Source.class, Contributor.class, Claim.class, Footnote.class};

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");
    private static final AggregationKey<Map<String, Long>> CONTRIBUTORS = AggregationKey.of("contributor");
    private static final AggregationKey<Map<Boolean, Long>> HAS_TEXT = AggregationKey.of("hasText");
    private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of("status");

    @PersistenceContext
    EntityManager em;

    @Inject
    Reindexing reindexing;

    /** Counts the facets on the embedded index; null elsewhere, where Hibernate Search aggregates them. */
    private FacetCounting facetCounting;

    @PostConstruct
    void chooseFacetCounting() {
        facetCounting = SearchBackend.embedded() ? new LuceneFacetCounting() : null;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        SearchSession session = Search.session(em);
        FacetCounting.Count counted = facetCounting == null ? null
                : facetCounting.count(KEYWORD_FACETS, NUMBER_FACETS);
        SearchQueryOptionsStep<?, List<?>, ?, ?, ?> query = session.search(classes(request.kinds()))
                .select(f -> f.composite().from(
                        f.field(SearchFields.KIND, String.class),
                        f.id(Long.class),
                        f.field(SearchFields.TITLE, String.class),
                        f.field(SearchFields.EXCERPT, String.class),
                        f.field(SearchFields.HAS_TEXT, Boolean.class),
                        f.field(SearchFields.SOURCE_ID, Long.class),
                        f.field(SearchFields.NUMBER, Integer.class),
                        f.field(SearchFields.YEAR, Integer.class),
                        f.field(SearchFields.STATUS, String.class)).asList())
                .where(f -> withoutOpenBatches(f, counted == null ? predicate(f, request)
                        : predicate(f, request).filter(counted.filter(f))))
                .sort(f -> sort(f, request.sort()));
        if (counted == null) {
            query = query
                    .aggregation(KINDS, f -> f.terms().field(SearchFields.KIND, String.class)
                            .maxTermCount(FACET_VALUES))
                    .aggregation(TYPES, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(TYPE_VALUES))
                    .aggregation(YEARS, f -> f.terms().field(SearchFields.YEAR, Integer.class)
                            .maxTermCount(YEAR_VALUES))
                    .aggregation(CONTRIBUTORS, f -> f.terms().field(SearchFields.CONTRIBUTOR, String.class)
                            .maxTermCount(FACET_VALUES))
                    .aggregation(HAS_TEXT, f -> f.terms().field(SearchFields.HAS_TEXT, Boolean.class)
                            .maxTermCount(OTHER_VALUES))
                    .aggregation(STATUSES, f -> f.terms().field(SearchFields.STATUS, String.class)
                            .maxTermCount(OTHER_VALUES));
        }
        var result = query.fetch(Math.multiplyExact(request.page(), request.size()), request.size());
        List<SearchHit> hits = hits(result.hits(), Snippets.terms(request.q()));
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (counted == null) {
            facets.put("kind", result.aggregation(KINDS));
            facets.put("type", result.aggregation(TYPES));
            facets.put("year", keysAsText(result.aggregation(YEARS)));
            facets.put("contributor", result.aggregation(CONTRIBUTORS));
            facets.put("hasText", keysAsText(result.aggregation(HAS_TEXT)));
            facets.put("status", result.aggregation(STATUSES));
        } else {
            facets.put("kind", counted.top(SearchFields.KIND, FACET_VALUES));
            facets.put("type", counted.top(SearchFields.TYPE, TYPE_VALUES));
            facets.put("year", keysAsText(counted.topNumbers(SearchFields.YEAR, YEAR_VALUES)));
            facets.put("contributor", counted.top(SearchFields.CONTRIBUTOR, FACET_VALUES));
            Map<Boolean, Long> hasText = new LinkedHashMap<>();
            counted.topNumbers(SearchFields.HAS_TEXT, OTHER_VALUES).forEach((v, n) -> hasText.put(v != 0, n));
            facets.put("hasText", keysAsText(hasText));
            facets.put("status", counted.top(SearchFields.STATUS, OTHER_VALUES));
        }
        return new SearchResult(result.total().hitCount(), hits, facets);
    }

    @Override
    public List<Long> sourceIds(SearchRequest request, int limit) {
        SearchRequest sources = new SearchRequest(request.q(), Set.of(HitKind.SOURCE), request.filters(),
                request.sort(), 0, 1);
        return Search.session(em).search(Source.class)
                .select(f -> f.id(Long.class))
                .where(f -> withoutOpenBatches(f, predicate(f, sources)))
                .sort(f -> sort(f, sources.sort()))
                .fetchHits(limit);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int size) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        List<List<?>> rows = Search.session(em)
                .search(List.of(Source.class, Contributor.class, Claim.class))
                .select(f -> f.composite().from(f.field(SearchFields.KIND, String.class), f.id(Long.class),
                        f.field(SearchFields.TITLE, String.class)).asList())
                .where(f -> withoutOpenBatches(f, f.bool().must(f.simpleQueryString()
                        .field(SearchFields.SUGGESTION).matching(prefix).defaultOperator(BooleanOperator.AND))))
                // no count is shown: Lucene may then skip the blocks of a two-letter prefix's long posting list
                // that cannot beat the best hits found so far, instead of scoring every document that begins so
                .totalHitCountThreshold(size)
                .fetchHits(size);
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<?> row : rows) {
            HitKind kind = HitKind.ofWireName((String) row.get(0)).orElseThrow();
            suggestions.add(new Suggestion(kind, String.valueOf(row.get(1)), shorten((String) row.get(2))));
        }
        return suggestions;
    }

    @Override
    public boolean startRebuild() {
        return reindexing.start(Search.session(em).massIndexer(INDEXED));
    }

    /**
     * Empties every index now, before returning: after a crash the index may still hold what the database no longer
     * has (a deletion not yet committed to disk), and the rebuild that refills it runs in the background.
     */
    public void purge() {
        EarlyIndexing.indexEmptied();
        Search.session(em).workspace(INDEXED).purge();
    }

    @Override
    public ReindexProgress progress() {
        return reindexing.progress();
    }

    @Override
    public Optional<String> archivedText(long sourceId) {
        Source source = em.find(Source.class, sourceId);
        return source == null ? Optional.empty() : ArchivedTexts.plainText(source.text().orElse(null));
    }

    /** How many documents the index holds for sources. */
    public long indexedSources() {
        return Search.session(em).search(Source.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /**
     * Leaves out the documents of bulk writes not committed yet (shared.infrastructure.EarlyIndexing). A filter of its
     * own, not a clause beside the query's: the facet counting filter is then still asked last, about documents that
     * every other clause, this one too, has accepted.
     */
    private static BooleanPredicateClausesStep<?> withoutOpenBatches(SearchPredicateFactory f,
                                                                     BooleanPredicateClausesStep<?> query) {
        Set<String> open = EarlyIndexing.openMarks();
        return open.isEmpty() ? query
                : query.filter(f.not(f.terms().field(SearchFields.EARLY_BATCH).matchingAny(open)));
    }

    private static BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, SearchRequest request) {
        BooleanPredicateClausesStep<?> bool = f.bool();
        if (request.q().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            QuotedPhrases query = QuotedPhrases.of(request.q());
            if (!query.words().isEmpty()) {
                bool.must(inEveryField(f, query.words(), BooleanOperator.AND));
            }
            if (!query.phrases().isEmpty()) {
                bool.must(inUnstemmedFields(f, query.phrases(), BooleanOperator.AND));
            }
            if (!query.excludedWords().isEmpty()) {
                bool.mustNot(inEveryField(f, query.excludedWords(), BooleanOperator.OR));
            }
            if (!query.excludedPhrases().isEmpty()) {
                bool.mustNot(inUnstemmedFields(f, query.excludedPhrases(), BooleanOperator.OR));
            }
        }
        SearchRequest.Filters filters = request.filters();
        if (filters.type() != null) {
            bool.filter(f.match().field(SearchFields.TYPE).matching(filters.type()));
        }
        if (filters.yearFrom() != null || filters.yearTo() != null) {
            bool.filter(f.range().field(SearchFields.YEAR).between(filters.yearFrom(), filters.yearTo()));
        }
        if (filters.contributor() != null) {
            bool.filter(f.match().field(SearchFields.CONTRIBUTOR).matching(filters.contributor()));
        }
        if (filters.hasText() != null) {
            bool.filter(f.match().field(SearchFields.HAS_TEXT).matching(filters.hasText()));
        }
        if (filters.status() != null) {
            bool.filter(f.match().field(SearchFields.STATUS).matching(filters.status()));
        }
        return bool;
    }

    /** The words (read leniently, as a simple query string) in any searched field, stemmed or not. */
    private static SearchPredicate inEveryField(SearchPredicateFactory f, String words, BooleanOperator operator) {
        return f.simpleQueryString()
                .field(SearchFields.TITLE).boost(3f)
                .field(SearchFields.TITLE_EXACT).boost(4f)
                .field(SearchFields.NAMES).boost(3f)
                .field(SearchFields.CONTAINER)
                .field(SearchFields.IDENTIFIERS).boost(4f)
                .field(SearchFields.BODY)
                .field(SearchFields.BODY_EXACT).boost(1.5f)
                .matching(words)
                .defaultOperator(operator)
                .toPredicate();
    }

    /**
     * Quoted phrases in the unstemmed fields, and in the short container title, which has no unstemmed twin; boosted
     * as a phrase found in both copies of a field was before.
     */
    private static SearchPredicate inUnstemmedFields(SearchPredicateFactory f, String phrases,
                                                     BooleanOperator operator) {
        return f.simpleQueryString()
                .field(SearchFields.TITLE_EXACT).boost(7f)
                .field(SearchFields.NAMES).boost(3f)
                .field(SearchFields.CONTAINER)
                .field(SearchFields.IDENTIFIERS).boost(4f)
                .field(SearchFields.BODY_EXACT).boost(2.5f)
                .matching(phrases)
                .defaultOperator(operator)
                .toPredicate();
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchRequest.SortOrder order) {
        return switch (order) {
            case RELEVANCE -> f.score();
            case DATE -> f.composite(c -> c.add(f.field(SearchFields.DATE).asc().missing().last())
                    .add(f.score()));
            case DATE_DESC -> f.composite(c -> c.add(f.field(SearchFields.DATE).desc().missing().last())
                    .add(f.score()));
        };
    }

    private static Collection<Class<?>> classes(Set<HitKind> kinds) {
        List<Class<?>> classes = new ArrayList<>();
        for (HitKind kind : kinds) {
            switch (kind) {
                case SOURCE -> classes.add(Source.class);
                case CLAIM -> classes.add(Claim.class);
                case FOOTNOTE -> classes.add(Footnote.class);
                case PERSON -> classes.add(Contributor.class);
            }
        }
        return classes;
    }

    /**
     * The hits of one page, with their snippets: a source's from its archived text when a searched word is in it
     * (that passage is the hit's {@code passage}), else from its title; a claim's from its quotes or its text; a
     * footnote's from its text, titled with the source it stands in.
     */
    private List<SearchHit> hits(List<List<?>> rows, Set<String> terms) {
        Map<Long, String> texts = new HashMap<>();
        List<Long> withText = rows.stream().filter(r -> "source".equals(r.get(0)) && Boolean.TRUE.equals(r.get(4)))
                .map(r -> (Long) r.get(1)).toList();
        if (!withText.isEmpty() && !terms.isEmpty()) {
            // the archived texts' descriptions only, not whole sources (their CSL, contributors...)
            em.createQuery("select s.id, s.text from Source s where s.id in :ids", Object[].class)
                    .setParameter("ids", withText).getResultList()
                    .forEach(r -> ArchivedTexts.plainText((ArchivedText) r[1])
                            .ifPresent(text -> texts.put((Long) r[0], text)));
        }
        Map<Long, String> sourceTitles = new HashMap<>();
        List<Long> cited = rows.stream().filter(r -> "footnote".equals(r.get(0))).map(r -> (Long) r.get(5))
                .distinct().toList();
        if (!cited.isEmpty()) {
            em.createQuery("select s.id, s.title from Source s where s.id in :ids", Object[].class)
                    .setParameter("ids", cited).getResultList()
                    .forEach(r -> sourceTitles.put((Long) r[0], (String) r[1]));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            HitKind kind = HitKind.ofWireName((String) row.get(0)).orElseThrow();
            Long id = (Long) row.get(1);
            String title = (String) row.get(2);
            String excerpt = (String) row.get(3);
            Long sourceId = (Long) row.get(5);
            Integer number = (Integer) row.get(6);
            Integer year = (Integer) row.get(7);
            String status = (String) row.get(8);
            String highlight;
            String passage = null;
            switch (kind) {
                case SOURCE -> {
                    String text = texts.get(id);
                    if (text != null && Snippets.mentions(text, terms)) {
                        highlight = Snippets.highlight(text, terms, SNIPPET_CHARS);
                        passage = plain(highlight);
                    } else {
                        highlight = Snippets.highlight(title, terms, SNIPPET_CHARS);
                    }
                }
                case CLAIM -> highlight = Snippets.highlight(
                        Snippets.mentions(excerpt, terms) ? excerpt : title, terms, SNIPPET_CHARS);
                default -> highlight = Snippets.highlight(excerpt, terms, SNIPPET_CHARS);
            }
            if (kind == HitKind.FOOTNOTE) {
                hits.add(new SearchHit(kind, String.valueOf(sourceId), sourceTitles.getOrDefault(sourceId, ""),
                        plain(highlight), highlight, number, null, null, null));
            } else {
                hits.add(new SearchHit(kind, String.valueOf(id), title, plain(highlight), highlight, null, passage,
                        year, status));
            }
        }
        return hits;
    }

    private static String plain(String marked) {
        return marked == null ? null
                : marked.replace(String.valueOf(SearchHit.MARK_START), "").replace(String.valueOf(SearchHit.MARK_END), "");
    }

    private static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    private static <K> Map<String, Long> keysAsText(Map<K, Long> counts) {
        Map<String, Long> text = new LinkedHashMap<>();
        counts.forEach((k, v) -> text.put(String.valueOf(k), v));
        return text;
    }
}

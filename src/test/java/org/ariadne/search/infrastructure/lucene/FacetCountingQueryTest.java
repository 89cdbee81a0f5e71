package org.ariadne.search.infrastructure.lucene;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counts of {@link FacetCountingQuery} against counts made by reading the values of every hit of the same query
 * without it, on indexes shaped like the search's: several indexes under one reader (as Hibernate Search searches its
 * four), several segments each, deleted documents, multi-valued fields, documents without a value.
 */
class FacetCountingQueryTest {

    private static final List<String> FIELDS = List.of("kind", "contributor");
    private static final List<String> NUMBERS = List.of("year", "hasText");
    private static final String[] NAMES = {"Müller, Anna", "Hwang, Jang-yop", "Amnesty International", "Noland, Marcus",
        "Haggard, Stephan", "Kim, Ji-woo", "Park, Min", "Lee, Soo"};
    private static final String[] WORDS = {"china", "repatriation", "defectors", "border", "famine", "camps", "law"};

    private final ByteBuffersDirectory sources = new ByteBuffersDirectory();
    private final ByteBuffersDirectory claims = new ByteBuffersDirectory();
    private final GlobalOrdinals ordinals = new GlobalOrdinals();
    private IndexWriter sourceWriter;
    private IndexWriter claimWriter;
    private DirectoryReader sourceReader;
    private DirectoryReader claimReader;
    private IndexReader reader;

    @BeforeEach
    void index() throws IOException {
        sourceWriter = writer(sources);
        claimWriter = writer(claims);
        Random random = new Random(42);
        for (int i = 0; i < 6_000; i++) {
            boolean source = i % 3 != 0;
            Document document = new Document();
            document.add(new StringField("id", Integer.toString(i), Field.Store.NO));
            document.add(new TextField("body", sentence(random), Field.Store.NO));
            document.add(new SortedSetDocValuesField("kind", new BytesRef(source ? "source" : "claim")));
            int people = random.nextInt(4); // some documents have no contributor at all
            for (int p = 0; p < people; p++) {
                document.add(new SortedSetDocValuesField("contributor",
                        new BytesRef(NAMES[random.nextInt(NAMES.length)])));
            }
            if (i % 5 != 0) { // some have no year; a few lie far from the others, counted apart
                long year = i % 997 == 0 ? 100_000 + i : 1990 + random.nextInt(30);
                document.add(new SortedNumericDocValuesField("year", year));
                if (i % 11 == 0) { // the same number twice in one document counts once
                    document.add(new SortedNumericDocValuesField("year", year));
                }
            }
            document.add(new SortedNumericDocValuesField("hasText", random.nextInt(3) == 0 ? 1 : 0));
            (source ? sourceWriter : claimWriter).addDocument(document);
            // new segments, as refreshes after writes make them; the larger ones hold more hits than one batch
            if (i % 2_400 == 2_399) {
                sourceWriter.commit();
                claimWriter.commit();
            }
        }
        for (int i = 0; i < 6_000; i += 7) {
            sourceWriter.deleteDocuments(new Term("id", Integer.toString(i)));
            claimWriter.deleteDocuments(new Term("id", Integer.toString(i)));
        }
        sourceWriter.commit();
        claimWriter.commit();
        sourceReader = DirectoryReader.open(sources);
        claimReader = DirectoryReader.open(claims);
        reader = new MultiReader(sourceReader, claimReader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        sourceWriter.close();
        claimWriter.close();
    }

    @Test
    void countsTheValuesOfEveryHitOfATermQuery() throws IOException {
        assertCountsLikeHits(new TermQuery(new Term("body", "famine")));
    }

    @Test
    void countsOnlyDocumentsThatMatchAPhraseNotThoseItsWordsMerelyShare() throws IOException {
        PhraseQuery phrase = new PhraseQuery("body", "border", "camps");
        Map<String, Map<String, Integer>> counted = assertCountsLikeHits(phrase);
        int containingBoth = count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "border")), Occur.MUST)
                .add(new TermQuery(new Term("body", "camps")), Occur.MUST).build());
        int hits = counted.get("kind").values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(hits > 0 && hits < containingBoth, hits + " phrase hits of " + containingBoth);
    }

    @Test
    void countsEveryLiveDocumentWhenEverythingMatches() throws IOException {
        Map<String, Map<String, Integer>> counted = assertCountsLikeHits(new MatchAllDocsQuery());
        assertEquals(reader.numDocs(), counted.get("kind").values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void countsUnderFiltersAndExclusions() throws IOException {
        assertCountsLikeHits(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "china")), Occur.SHOULD)
                .add(new PhraseQuery("body", "repatriation", "law"), Occur.SHOULD)
                .add(new TermQuery(new Term("body", "defectors")), Occur.FILTER)
                .add(new TermQuery(new Term("body", "famine")), Occur.MUST_NOT).build());
    }

    @Test
    void countsOnceWhenTheQueryIsRunAgainOverItsHits() throws IOException {
        Query query = new TermQuery(new Term("body", "camps"));
        FacetCountingQuery counting = new FacetCountingQuery(ordinals, FIELDS, NUMBERS);
        Query withCounting = withCounting(query, counting);
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.search(withCounting, TopScoreDocCollector.createSharedManager(10, null, Integer.MAX_VALUE));
        Map<String, Long> first = counting.top("contributor", NAMES.length);
        // a sort by field with scores computed afterwards, as Hibernate Search does for a sort by date
        var top = searcher.search(withCounting, TopFieldCollector.createSharedManager(
                new Sort(new SortedSetSortField("kind", false)), 10, null, Integer.MAX_VALUE));
        TopFieldCollector.populateScores(top.scoreDocs, searcher, withCounting);
        assertEquals(first, counting.top("contributor", NAMES.length));
        assertEquals(expected(query).get("contributor"), asInts(first));
    }

    @Test
    void ordersByCountThenByValueAndStopsAtTheMaximum() throws IOException {
        FacetCountingQuery counting = new FacetCountingQuery(ordinals, FIELDS, NUMBERS);
        new IndexSearcher(reader).search(withCounting(new MatchAllDocsQuery(), counting),
                TopScoreDocCollector.createSharedManager(1, null, Integer.MAX_VALUE));
        Map<String, Integer> all = expected(new MatchAllDocsQuery()).get("contributor");
        List<String> order = all.keySet().stream()
                .sorted(Comparator.<String>comparingInt(all::get).reversed().thenComparing(v -> new BytesRef(v)))
                .limit(3).toList();
        assertEquals(order, List.copyOf(counting.top("contributor", 3).keySet()));
        Map<String, Integer> years = expected(new MatchAllDocsQuery()).get("year");
        List<Long> yearOrder = years.keySet().stream().map(Long::valueOf)
                .sorted(Comparator.<Long>comparingInt(y -> years.get(y.toString())).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(5).toList();
        assertEquals(yearOrder, List.copyOf(counting.topNumbers("year", 5).keySet()));
        assertEquals(Map.of(), new FacetCountingQuery(ordinals, FIELDS, NUMBERS).top("kind", 10), "nothing run, nothing counted");
        assertThrows(IllegalArgumentException.class, () -> counting.top("year", 10));
    }

    @Test
    void countsNothingInAnIndexWithoutDocuments() throws IOException {
        try (ByteBuffersDirectory empty = new ByteBuffersDirectory();
             IndexWriter writer = writer(empty)) {
            writer.commit();
            try (DirectoryReader none = DirectoryReader.open(empty)) {
                FacetCountingQuery counting = new FacetCountingQuery(ordinals, FIELDS, NUMBERS);
                var top = new IndexSearcher(none).search(withCounting(new MatchAllDocsQuery(), counting),
                        TopScoreDocCollector.createSharedManager(10, null, Integer.MAX_VALUE));
                assertEquals(0, top.totalHits.value);
                assertEquals(Map.of(), counting.top("contributor", 10));
                assertEquals(Map.of(), counting.topNumbers("year", 10));
            }
        }
    }

    @Test
    void keepsTheOrdinalsWhileTheSegmentsStayAndRebuildsThemWhenOneChanges() throws IOException {
        GlobalOrdinals.Snapshot first = ordinals.of(reader.leaves(), "contributor");
        // another reader over the same segments, as Hibernate Search makes for every search
        assertSame(first, ordinals.of(new MultiReader(new IndexReader[] {sourceReader, claimReader}, false).leaves(),
                "contributor"));
        // another set of indexes (a search of sources only) has ordinals of its own, kept beside the first
        GlobalOrdinals.Snapshot sourcesOnly = ordinals.of(sourceReader.leaves(), "contributor");
        assertNotSame(first, sourcesOnly);
        assertSame(sourcesOnly, ordinals.of(sourceReader.leaves(), "contributor"));
        assertSame(first, ordinals.of(reader.leaves(), "contributor"));
        sourceWriter.deleteDocuments(new Term("id", "1"));
        sourceWriter.commit();
        DirectoryReader afterDelete = DirectoryReader.openIfChanged(sourceReader);
        assertSame(first, ordinals.of(new MultiReader(new IndexReader[] {afterDelete, claimReader}, false).leaves(),
                "contributor"), "a deletion leaves the values of a segment as they were");
        Document newcomer = new Document();
        newcomer.add(new SortedSetDocValuesField("contributor", new BytesRef("Zhou, Wei")));
        sourceWriter.addDocument(newcomer);
        sourceWriter.commit();
        try (DirectoryReader changed = DirectoryReader.openIfChanged(afterDelete)) {
            GlobalOrdinals.Snapshot rebuilt = ordinals.of(
                    new MultiReader(new IndexReader[] {changed, claimReader}, false).leaves(), "contributor");
            assertNotSame(first, rebuilt);
            assertEquals(first.valueCount() + 1, rebuilt.valueCount());
        } finally {
            afterDelete.close();
        }
    }

    /** Runs the query with and without the counting filter, and checks the counts against the hits' own values. */
    private Map<String, Map<String, Integer>> assertCountsLikeHits(Query query) throws IOException {
        FacetCountingQuery counting = new FacetCountingQuery(ordinals, FIELDS, NUMBERS);
        var top = new IndexSearcher(reader).search(withCounting(query, counting),
                TopScoreDocCollector.createSharedManager(10, null, Integer.MAX_VALUE));
        Map<String, Map<String, Integer>> expected = expected(query);
        assertEquals(count(query), top.totalHits.value, "the filter lets every hit through");
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        for (String field : FIELDS) {
            counted.put(field, asInts(counting.top(field, 100)));
            assertEquals(expected.get(field), counted.get(field), field);
        }
        for (String field : NUMBERS) {
            Map<String, Integer> numbers = new HashMap<>();
            counting.topNumbers(field, 100).forEach((value, n) -> numbers.put(value.toString(), Math.toIntExact(n)));
            assertEquals(expected.get(field), numbers, field);
        }
        assertTrue(expected.get("year").keySet().stream().anyMatch(y -> y.length() > 4) || query instanceof PhraseQuery,
                "a year far from the others is among the hits: " + expected.get("year").keySet());
        return counted;
    }

    private static Query withCounting(Query query, FacetCountingQuery counting) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(counting, Occur.FILTER).build();
    }

    /** The values of every hit, read one by one. */
    private Map<String, Map<String, Integer>> expected(Query query) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        FIELDS.forEach(f -> counts.put(f, new HashMap<>()));
        NUMBERS.forEach(f -> counts.put(f, new HashMap<>()));
        new IndexSearcher(reader).search(query, new SimpleCollector() {
            private LeafReaderContext leaf;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                leaf = context;
            }

            @Override
            public void collect(int doc) throws IOException {
                for (String field : FIELDS) {
                    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
                    if (values.advanceExact(doc)) {
                        for (int n = values.docValueCount(); n > 0; n--) {
                            counts.get(field).merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1,
                                    Integer::sum);
                        }
                    }
                }
                for (String field : NUMBERS) {
                    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
                    if (values.advanceExact(doc)) {
                        Set<Long> distinct = new HashSet<>();
                        for (int n = values.docValueCount(); n > 0; n--) {
                            distinct.add(values.nextValue());
                        }
                        distinct.forEach(v -> counts.get(field).merge(v.toString(), 1, Integer::sum));
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return counts;
    }

    private int count(Query query) throws IOException {
        return new IndexSearcher(reader).count(query);
    }

    private static Map<String, Integer> asInts(Map<String, Long> counts) {
        Map<String, Integer> ints = new LinkedHashMap<>();
        counts.forEach((k, v) -> ints.put(k, Math.toIntExact(v)));
        return ints;
    }

    private static IndexWriter writer(ByteBuffersDirectory directory) throws IOException {
        // no merges: the segments stay as committed, several per index
        return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE));
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            sentence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sentence.toString();
    }
}

package org.ariadne.search.infrastructure.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A filter that lets every document through and counts the facet values of the documents the whole query matches,
 * in the one pass that finds them. Put into a query's conjunction (a {@code FILTER} clause of its top boolean
 * query), it is the two-phase check with the highest match cost, so Lucene asks it last: only about a document every
 * other clause has already accepted (deleted documents are skipped before any check), so each hit is counted once
 * and nothing else is. Keyword values are counted by global ordinal ({@link GlobalOrdinals}), whole numbers by value.
 * <p>
 * One instance serves one search and is then read with {@link #top} and {@link #topNumbers}. Only the first weight
 * made from it counts: should the query be run again over some of its hits (Hibernate Search does so to compute
 * scores for a sort by field), nothing is counted twice. Its weight is never cached, since a cached filter would skip
 * the counting.
 */
final class FacetCountingQuery extends Query {

    private final GlobalOrdinals ordinals;
    private final List<String> keywordFields;
    private final List<String> numberFields;
    private final AtomicBoolean weighed = new AtomicBoolean();
    private volatile Tally tally;

    /**
     * @param keywordFields fields of keyword values (sorted-set doc values)
     * @param numberFields  fields of whole numbers (sorted-numeric doc values: integers, and booleans as 0 and 1)
     */
    FacetCountingQuery(GlobalOrdinals ordinals, List<String> keywordFields, List<String> numberFields) {
        this.ordinals = ordinals;
        this.keywordFields = List.copyOf(keywordFields);
        this.numberFields = List.copyOf(numberFields);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        Tally counting = null;
        if (weighed.compareAndSet(false, true)) {
            counting = new Tally(searcher.getIndexReader().leaves());
            tally = counting;
        }
        Tally forLeaves = counting;
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                return forLeaves == null ? new ConstantScoreScorer(this, score(), scoreMode, all)
                        : new ConstantScoreScorer(this, score(), scoreMode, forLeaves.counter(context, all));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /**
     * The most frequent values of a keyword field among the hits, most frequent first and equal counts in the order
     * of their values; values no hit has are left out. Empty if the query was not run.
     */
    Map<String, Long> top(String field, int max) throws IOException {
        int index = indexOf(keywordFields, field, max);
        Tally counted = tally;
        return counted == null ? Map.of() : counted.topKeywords(index, max);
    }

    /** As {@link #top}, for a field of whole numbers: equal counts in the order of the numbers. */
    Map<Long, Long> topNumbers(String field, int max) throws IOException {
        int index = indexOf(numberFields, field, max);
        Tally counted = tally;
        return counted == null ? Map.of() : counted.topNumbers(index, max);
    }

    private static int indexOf(List<String> fields, String field, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("At least one value must be asked for, not " + max);
        }
        int index = fields.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " is not counted as such");
        }
        return index;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "facets" + keywordFields + numberFields;
    }

    /* one instance per search: equal to no other, so no cache or rewrite takes one for another */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * The counts of one run, over the segments of the searcher it was made for. A segment's hits are gathered a
     * batch at a time and then counted field by field, each field by a counter made for its kind of values: a tight
     * loop per field reads its doc values far faster than one loop that asks every field in turn about each hit.
     * The segments of one search are searched one after the other, in one thread.
     */
    private final class Tally {

        private static final int BATCH = 1024;

        private final List<LeafReaderContext> leaves;
        private final GlobalOrdinals.Snapshot[] snapshots;
        private final int[][] keywords;
        private final NumberCounts[] numbers;
        /** The hits of the segment being searched that are not counted yet. */
        private final int[] batch = new int[BATCH];
        private int batched;
        private FieldCounter[] counters = new FieldCounter[0];

        Tally(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
            snapshots = new GlobalOrdinals.Snapshot[keywordFields.size()];
            keywords = new int[keywordFields.size()][];
            for (int i = 0; i < snapshots.length; i++) {
                snapshots[i] = ordinals.of(leaves, keywordFields.get(i));
                keywords[i] = new int[snapshots[i].valueCount()];
            }
            numbers = new NumberCounts[numberFields.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = new NumberCounts();
            }
        }

        TwoPhaseIterator counter(LeafReaderContext leaf, DocIdSetIterator all) throws IOException {
            List<FieldCounter> present = new ArrayList<>();
            for (int i = 0; i < keywordFields.size(); i++) {
                if (leaf.reader().getFieldInfos().fieldInfo(keywordFields.get(i)) != null) {
                    present.add(FieldCounter.ofKeywords(DocValues.getSortedSet(leaf.reader(), keywordFields.get(i)),
                            snapshots[i].map().getGlobalOrds(leaf.ord), keywords[i]));
                }
            }
            for (int i = 0; i < numberFields.size(); i++) {
                if (leaf.reader().getFieldInfos().fieldInfo(numberFields.get(i)) != null) {
                    present.add(FieldCounter.ofNumbers(DocValues.getSortedNumeric(leaf.reader(), numberFields.get(i)),
                            numbers[i]));
                }
            }
            FieldCounter[] fields = present.toArray(FieldCounter[]::new);
            return new TwoPhaseIterator(all) {
                @Override
                public boolean matches() throws IOException {
                    if (counters != fields) { // the first hit of this segment: the previous one's are all in
                        countBatch();
                        counters = fields;
                    }
                    batch[batched++] = approximation.docID();
                    if (batched == BATCH) {
                        countBatch();
                    }
                    return true;
                }

                @Override
                public float matchCost() {
                    return Float.MAX_VALUE;
                }
            };
        }

        /** Counts the values of the hits gathered so far. */
        private void countBatch() throws IOException {
            for (FieldCounter counter : counters) {
                counter.count(batch, batched);
            }
            batched = 0;
        }

        Map<Long, Long> topNumbers(int field, int max) throws IOException {
            countBatch();
            return numbers[field].top(max);
        }

        Map<String, Long> topKeywords(int field, int max) throws IOException {
            countBatch();
            int[] counts = keywords[field];
            // the best so far, in order: more hits first, then the lower ordinal (the earlier value), as the scan goes
            // up the ordinals and a later one takes a place only with more hits
            int[] best = new int[max];
            int found = 0;
            for (int ord = 0; ord < counts.length; ord++) {
                int count = counts[ord];
                if (count == 0 || (found == max && count <= counts[best[max - 1]])) {
                    continue;
                }
                int at = found == max ? max - 1 : found++;
                while (at > 0 && counts[best[at - 1]] < count) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = ord;
            }
            Map<String, Long> top = new LinkedHashMap<>();
            for (int i = 0; i < found; i++) {
                top.put(snapshots[field].value(leaves, best[i]), (long) counts[best[i]]);
            }
            return top;
        }
    }

    /** Counts the values of one field for a segment's hits, given in increasing order. */
    private abstract static class FieldCounter {

        abstract void count(int[] docs, int size) throws IOException;

        static FieldCounter ofKeywords(SortedSetDocValues values, LongValues toGlobal, int[] counts) {
            SortedDocValues single = DocValues.unwrapSingleton(values);
            return single != null ? new OneKeyword(single, toGlobal, counts) : new Keywords(values, toGlobal, counts);
        }

        static FieldCounter ofNumbers(SortedNumericDocValues values, NumberCounts counts) {
            NumericDocValues single = DocValues.unwrapSingleton(values);
            return single != null ? new OneNumber(single, counts) : new Numbers(values, counts);
        }
    }

    /** Counts keyword values by their global ordinal. */
    private abstract static class KeywordCounter extends FieldCounter {
        final LongValues toGlobal;
        final int[] counts;

        KeywordCounter(LongValues toGlobal, int[] counts) {
            this.toGlobal = toGlobal;
            this.counts = counts;
        }
    }

    /** A keyword field with at most one value per document in the segment. */
    private static final class OneKeyword extends KeywordCounter {
        private final SortedDocValues values;

        OneKeyword(SortedDocValues values, LongValues toGlobal, int[] counts) {
            super(toGlobal, counts);
            this.values = values;
        }

        @Override
        void count(int[] docs, int size) throws IOException {
            for (int i = 0; i < size; i++) {
                if (values.advanceExact(docs[i])) {
                    counts[(int) toGlobal.get(values.ordValue())]++;
                }
            }
        }
    }

    private static final class Keywords extends KeywordCounter {
        private final SortedSetDocValues values;

        Keywords(SortedSetDocValues values, LongValues toGlobal, int[] counts) {
            super(toGlobal, counts);
            this.values = values;
        }

        @Override
        void count(int[] docs, int size) throws IOException {
            for (int i = 0; i < size; i++) {
                if (values.advanceExact(docs[i])) {
                    for (int n = values.docValueCount(); n > 0; n--) {
                        counts[(int) toGlobal.get(values.nextOrd())]++;
                    }
                }
            }
        }
    }

    /** Counts whole numbers by value. */
    private abstract static class NumberCounter extends FieldCounter {
        final NumberCounts counts;

        NumberCounter(NumberCounts counts) {
            this.counts = counts;
        }
    }

    /** A number field with at most one value per document in the segment. */
    private static final class OneNumber extends NumberCounter {
        private final NumericDocValues values;

        OneNumber(NumericDocValues values, NumberCounts counts) {
            super(counts);
            this.values = values;
        }

        @Override
        void count(int[] docs, int size) throws IOException {
            for (int i = 0; i < size; i++) {
                if (values.advanceExact(docs[i])) {
                    counts.add(values.longValue());
                }
            }
        }
    }

    private static final class Numbers extends NumberCounter {
        private final SortedNumericDocValues values;

        Numbers(SortedNumericDocValues values, NumberCounts counts) {
            super(counts);
            this.values = values;
        }

        @Override
        void count(int[] docs, int size) throws IOException {
            for (int i = 0; i < size; i++) {
                if (values.advanceExact(docs[i])) {
                    long previous = 0;
                    for (int n = 0, all = values.docValueCount(); n < all; n++) {
                        long value = values.nextValue();
                        if (n == 0 || value != previous) { // a number twice in one document counts once
                            counts.add(value);
                        }
                        previous = value;
                    }
                }
            }
        }
    }

    /**
     * Counts of whole numbers: in an array over the span of the values seen (years lie close together), grown as
     * values come; a value that would make the span too wide is counted in a map instead.
     */
    private static final class NumberCounts {

        private static final int WIDEST = 1 << 16;

        private long lowest;
        private int[] counts;
        private Map<Long, Long> outliers;

        void add(long value) {
            if (counts == null) {
                lowest = value;
                counts = new int[16];
            }
            long offset = value - lowest;
            if (offset < 0 || offset >= counts.length) {
                if (!widenTo(value)) {
                    if (outliers == null) {
                        outliers = new HashMap<>();
                    }
                    outliers.merge(value, 1L, Long::sum);
                    return;
                }
                offset = value - lowest;
            }
            counts[(int) offset]++;
        }

        private boolean widenTo(long value) {
            long low = Math.min(lowest, value);
            long high = Math.max(lowest + counts.length - 1, value);
            if (high - low >= WIDEST) {
                return false;
            }
            int[] wider = new int[(int) Math.min(WIDEST, Math.max(2L * counts.length, high - low + 1))];
            System.arraycopy(counts, 0, wider, (int) (lowest - low), counts.length);
            lowest = low;
            counts = wider;
            return true;
        }

        Map<Long, Long> top(int max) {
            List<long[]> all = new ArrayList<>();
            if (counts != null) {
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        all.add(new long[] {lowest + i, counts[i]});
                    }
                }
            }
            if (outliers != null) {
                outliers.forEach((value, count) -> all.add(new long[] {value, count}));
            }
            all.sort(Comparator.<long[]>comparingLong(e -> -e[1]).thenComparingLong(e -> e[0]));
            Map<Long, Long> top = new LinkedHashMap<>();
            for (long[] entry : all.subList(0, Math.min(max, all.size()))) {
                top.put(entry[0], entry[1]);
            }
            return top;
        }
    }
}

package org.ariadne.search.infrastructure.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Global ordinals of keyword fields (one number per distinct value across every segment of every index searched),
 * built once per set of segments and kept until a segment changes, as Lucene's own facet module keeps them.
 * Hibernate Search 7.2's terms aggregation builds them anew on every search; at a million sources with some 200,000
 * people's names that was about 40 % of a search's time.
 * <p>
 * Segments are told apart by their core cache keys, which survive the reopening of a reader that did not change
 * them (a refresh after a write creates new segments and leaves the old ones as they were). Thread-safe.
 */
final class GlobalOrdinals {

    /**
     * How many sets of ordinals are kept: one per field and set of indexes searched (all kinds, sources only...), and
     * for a moment the old ones of segments just replaced, which are evicted first as they are no longer used.
     */
    private static final int KEPT = 32;

    private final Map<Key, Snapshot> snapshots = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Snapshot> eldest) {
            return size() > KEPT;
        }
    };

    /** The global ordinals of a field over these leaves (a reader's, in order), built now if the segments changed. */
    Snapshot of(List<LeafReaderContext> leaves, String field) {
        List<Object> segments = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            // a reader without a core key (none of Lucene's directory readers) is counted afresh every time
            segments.add(core == null ? new Object() : core.getKey());
        }
        Key key = new Key(field, segments);
        synchronized (snapshots) {
            Snapshot kept = snapshots.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // built outside the lock, so that searches over unchanged segments do not wait for it
        Snapshot built = build(leaves, field);
        synchronized (snapshots) {
            Snapshot first = snapshots.putIfAbsent(key, built);
            return first == null ? built : first;
        }
    }

    /** A field and the segments, in order, its ordinals were built over (segment keys compare by identity). */
    private record Key(String field, List<Object> segments) {
    }

    private static Snapshot build(List<LeafReaderContext> leaves, String field) {
        try {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            }
            // no owner: the map is found again through Key, not through a reader's cache
            return new Snapshot(field, OrdinalMap.build(null, values, PackedInts.DEFAULT));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the values of " + field + " from the index", e);
        }
    }

    /** The global ordinals of one field over one list of segments. */
    static final class Snapshot {

        private final String field;
        private final OrdinalMap map;

        private Snapshot(String field, OrdinalMap map) {
            this.field = field;
            this.map = map;
        }

        /** How many distinct values the field has over all the segments. */
        int valueCount() {
            return Math.toIntExact(map.getValueCount());
        }

        OrdinalMap map() {
            return map;
        }

        /** The value of a global ordinal, read from the first segment that has it. */
        String value(List<LeafReaderContext> leaves, int globalOrdinal) throws IOException {
            int segment = map.getFirstSegmentNumber(globalOrdinal);
            SortedSetDocValues values = DocValues.getSortedSet(leaves.get(segment).reader(), field);
            BytesRef bytes = values.lookupOrd(map.getFirstSegmentOrd(globalOrdinal));
            return bytes.utf8ToString();
        }
    }
}

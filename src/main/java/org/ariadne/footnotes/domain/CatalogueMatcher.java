package org.ariadne.footnotes.domain;

import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.csl.DuplicateKey;
import org.ariadne.catalog.domain.csl.NormalizedIdentifiers;
import org.ariadne.catalog.domain.csl.WorkIdentity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the catalogued works a footnote's cited work could be: first by DOI, then by ISBN, then by title, a title
 * match confirmed by the first creator's family name (or organisation) and the year where both sides know them.
 * The text that cites is never its own cited work.
 *
 * <p>One matcher serves one unit of work (a text's footnotes, an import file): {@link #prefetch} looks up the keys of
 * all its works in a few queries instead of a few queries per work, and {@link #register} makes a work catalogued
 * during the unit a candidate for the works after it, without writing it to the database first.
 */
public final class CatalogueMatcher {

    private final SourceRepository sources;
    private final Index byDoi = new Index();
    private final Index byIsbn = new Index();
    private final Index byTitleKey = new Index();
    private final Map<Source, Optional<DuplicateKey>> keys = new IdentityHashMap<>();

    public CatalogueMatcher(SourceRepository sources) {
        this.sources = Objects.requireNonNull(sources);
    }

    /** Loads the catalogued candidates of all these items at once; later {@link #candidatesFor} calls ask no more. */
    public void prefetch(Collection<Map<String, Object>> items) {
        prefetchWorks(items.stream().map(WorkIdentity::of).toList());
    }

    /** As {@link #prefetch}, for works whose identities the caller has computed already. */
    public void prefetchWorks(Collection<WorkIdentity> works) {
        Set<String> dois = new LinkedHashSet<>();
        Set<String> isbns = new LinkedHashSet<>();
        Set<String> titleKeys = new LinkedHashSet<>();
        for (WorkIdentity work : works) {
            work.ids().doi().ifPresent(dois::add);
            isbns.addAll(work.ids().isbns());
            work.key().ifPresent(key -> titleKeys.add(key.title()));
        }
        byDoi.load(dois, sources::findByDois, Source::doi);
        byIsbn.load(isbns, sources::findByIsbns, Source::isbn);
        byTitleKey.load(titleKeys, sources::findByTitleKeys, Source::titleKey);
    }

    /** Makes a work catalogued during this unit of work a candidate for the works that follow it. */
    public void register(Source catalogued) {
        byDoi.add(catalogued.doi(), catalogued);
        byIsbn.add(catalogued.isbn(), catalogued);
        byTitleKey.add(catalogued.titleKey(), catalogued);
    }

    /** The candidates, best first (by identifier, then in catalogue order); empty when the work is not catalogued. */
    public List<Source> candidatesFor(Map<String, Object> cited, long citingSourceId) {
        return candidatesFor(WorkIdentity.of(cited), citingSourceId);
    }

    /** As {@link #candidatesFor(Map, long)}, for a work whose identity the caller has computed already. */
    public List<Source> candidatesFor(WorkIdentity cited, long citingSourceId) {
        prefetchWorks(List.of(cited));
        NormalizedIdentifiers ids = cited.ids();
        if (ids.doi().isPresent()) {
            List<Source> found = others(byDoi.get(ids.doi().get()), citingSourceId);
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (String isbn : ids.isbns()) {
            List<Source> found = others(byIsbn.get(isbn), citingSourceId);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (cited.key().isEmpty()) {
            return List.of();
        }
        DuplicateKey key = cited.key().get();
        return others(byTitleKey.get(key.title()), citingSourceId).stream()
                .filter(candidate -> couldBeCited(key, candidate))
                .toList();
    }

    /** Whether a catalogued work with the same title could be the one cited: creators and years do not disagree. */
    private boolean couldBeCited(DuplicateKey cited, Source candidate) {
        return keys.computeIfAbsent(candidate, source -> DuplicateKey.of(source.itemTree()))
                .map(cited::couldBeSameWorkAs).orElse(false);
    }

    private static List<Source> others(List<Source> found, long citingSourceId) {
        return found.stream().filter(s -> s.id() == null || s.id() != citingSourceId).toList();
    }

    /** The problem a librarian must settle when several catalogued works fit a citation. */
    public static String ambiguity(List<Source> candidates) {
        return "Several catalogued works could be the one cited: ids "
                + String.join(", ", candidates.stream().map(s -> String.valueOf(s.id())).toList())
                + "; the first is linked.";
    }

    /** Candidates by one kind of key; a key once loaded is never asked again, found or not. */
    private static final class Index {
        private final Map<String, List<Source>> byKey = new HashMap<>();

        void load(Set<String> wanted, Function<Collection<String>, List<Source>> query, Function<Source, String> keyOf) {
            List<String> missing = wanted.stream().filter(key -> !byKey.containsKey(key)).toList();
            if (missing.isEmpty()) {
                return;
            }
            missing.forEach(key -> byKey.put(key, new ArrayList<>()));
            for (Source found : query.apply(missing)) {
                add(keyOf.apply(found), found);
            }
        }

        void add(String key, Source source) {
            if (key == null) {
                return;
            }
            List<Source> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.stream().noneMatch(known -> known == source)) {
                list.add(source);
                list.sort(Comparator.comparing(Source::id, Comparator.nullsLast(Comparator.naturalOrder())));
            }
        }

        List<Source> get(String key) {
            return byKey.getOrDefault(key, List.of());
        }
    }
}

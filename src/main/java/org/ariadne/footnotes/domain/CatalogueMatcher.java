package org.ariadne.footnotes.domain;

import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.DuplicateKey;
import org.ariadne.catalog.domain.csl.MatchKeys;
import org.ariadne.catalog.domain.csl.NormalizedIdentifiers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;

/**
 * Finds the catalogued works a footnote's cited work could be: first by DOI, then by ISBN, then by title, a title
 * match confirmed by the first creator's family name (or organisation) and the year where both sides know them.
 * The text that cites is never its own cited work.
 */
public final class CatalogueMatcher {

    private final Function<String, List<Source>> worksByDoi;
    private final Function<String, List<Source>> worksByIsbn;
    private final Function<String, List<Source>> worksByTitleKey;

    public CatalogueMatcher(SourceRepository sources) {
        Objects.requireNonNull(sources);
        this.worksByDoi = sources::findByDoi;
        this.worksByIsbn = sources::findByIsbn;
        this.worksByTitleKey = sources::findByTitleKey;
    }

    /**
     * A matcher over lookups other than the repository's one-query-per-key ones, such as the works an import loaded
     * in bulk beforehand; each lookup returns the works with that DOI, ISBN or title key, in catalogue order.
     */
    public CatalogueMatcher(Function<String, List<Source>> worksByDoi, Function<String, List<Source>> worksByIsbn,
                            Function<String, List<Source>> worksByTitleKey) {
        this.worksByDoi = Objects.requireNonNull(worksByDoi);
        this.worksByIsbn = Objects.requireNonNull(worksByIsbn);
        this.worksByTitleKey = Objects.requireNonNull(worksByTitleKey);
    }

    /** The candidates, best first (by identifier, then in catalogue order); empty when the work is not catalogued. */
    public List<Source> candidatesFor(Map<String, Object> cited, long citingSourceId) {
        NormalizedIdentifiers ids = CslItems.identifiers(cited);
        if (ids.doi().isPresent()) {
            List<Source> byDoi = others(worksByDoi.apply(ids.doi().get()), citingSourceId);
            if (!byDoi.isEmpty()) {
                return byDoi;
            }
        }
        for (String isbn : ids.isbns()) {
            List<Source> byIsbn = others(worksByIsbn.apply(isbn), citingSourceId);
            if (!byIsbn.isEmpty()) {
                return byIsbn;
            }
        }
        Optional<DuplicateKey> key = DuplicateKey.of(cited);
        if (key.isEmpty()) {
            return List.of();
        }
        return others(worksByTitleKey.apply(MatchKeys.titleKey(CslItems.title(cited).orElse(""))), citingSourceId)
                .stream()
                .filter(candidate -> couldBeCited(key.get(), candidate))
                .toList();
    }

    /** Whether a catalogued work with the same title could be the one cited: creators and years do not disagree. */
    static boolean couldBeCited(DuplicateKey cited, Source candidate) {
        return DuplicateKey.of(candidate.itemTree()).map(cited::couldBeSameWorkAs).orElse(false);
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
}

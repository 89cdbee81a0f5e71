package org.ariadne.catalog.domain.csl;

import java.util.Map;
import java.util.Optional;

/**
 * What tells two works apart, by the rule footnote matching and import use against the catalogue
 * ({@code CatalogueMatcher}) and between the entries of one file: the same DOI, else a shared ISBN, else the same
 * title whose first creators and years do not disagree. Compute it once per work and hand it on: each of its parts
 * takes a pass over the item's names, title or identifiers.
 */
public record WorkIdentity(NormalizedIdentifiers ids, Optional<DuplicateKey> key) {

    public static WorkIdentity of(Map<String, Object> item) {
        return new WorkIdentity(CslItems.identifiers(item), DuplicateKey.of(item));
    }

    public boolean sameWorkAs(WorkIdentity other) {
        if (ids.doi().isPresent() && ids.doi().equals(other.ids.doi())) {
            return true;
        }
        if (ids.isbns().stream().anyMatch(other.ids.isbns()::contains)) {
            return true;
        }
        return key.isPresent() && other.key.isPresent() && key.get().couldBeSameWorkAs(other.key.get());
    }
}

package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.DuplicateKey;
import org.ariadne.catalog.domain.csl.NormalizedIdentifiers;

import java.util.Map;
import java.util.Optional;

/**
 * What tells two entries of one file apart, by the rule footnote matching uses against the catalogue
 * ({@code CatalogueMatcher}): the same DOI, else a shared ISBN, else the same title whose first creators and years
 * do not disagree.
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

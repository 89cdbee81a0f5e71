package org.ariadne.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links the names a CSL-JSON item credits to the catalogue's authority records, creating a record for a name the
 * catalogue does not know yet. Shared by everything that catalogues a work (the catalogue itself, works found in
 * footnotes), so that one person is one record however the work came in.
 */
public final class Crediting {

    private final ContributorRepository contributors;

    public Crediting(ContributorRepository contributors) {
        this.contributors = Objects.requireNonNull(contributors);
    }

    /** The credits of the item, in the item's order; names that are empty are skipped. */
    public List<Source.Credit> creditsOf(CslItem item, Instant at) {
        Map<String, Contributor> byKey = new HashMap<>();
        List<Source.Credit> credits = new ArrayList<>();
        for (CslItem.CreditedName credited : item.names()) {
            if (credited.name().isEmpty()) {
                continue;
            }
            String key = credited.name().authorityKey();
            Contributor contributor = byKey.computeIfAbsent(key, k -> contributors.findByNameKey(k)
                    .orElseGet(() -> contributors.add(Contributor.named(credited.name(), at))));
            credits.add(new Source.Credit(contributor, credited.role(), credited.position()));
        }
        return credits;
    }

    /** Catalogues a new work from its item, crediting its contributors; the caller adds it to the repository. */
    public Source catalogue(CslItem item, Set<String> tags, Set<String> subjects, String by,
                            Instant at) {
        Source source = Source.catalogue(item, tags, subjects, by, at);
        source.credit(creditsOf(item, at));
        return source;
    }
}

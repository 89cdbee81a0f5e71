package org.ariadne.catalog.domain;

import org.ariadne.catalog.domain.csl.PersonName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
    /** Records already looked up (or created) by this crediting, by authority key; null for a key known to be new. */
    private final Map<String, Contributor> known = new HashMap<>();
    /** Records made for names the catalogue did not know, when they are left to the caller to store; else null. */
    private final List<Contributor> unstored;

    public Crediting(ContributorRepository contributors) {
        this(contributors, false);
    }

    private Crediting(ContributorRepository contributors, boolean deferred) {
        this.contributors = Objects.requireNonNull(contributors);
        this.unstored = deferred ? new ArrayList<>() : null;
    }

    /**
     * A crediting that makes the records of new names without adding them to the repository: the caller stores
     * {@link #unstored()} (in bulk) before the works that credit them.
     */
    public static Crediting deferred(ContributorRepository contributors) {
        return new Crediting(contributors, true);
    }

    /** The records made since the last call and not stored yet (always empty unless {@link #deferred}). */
    public List<Contributor> unstored() {
        if (unstored == null) {
            return List.of();
        }
        List<Contributor> made = List.copyOf(unstored);
        unstored.clear();
        return made;
    }

    /**
     * Looks up the records of all the names these items credit at once, so that crediting many works (an import, the
     * works found in a text's footnotes) asks the database a few times rather than once a name.
     */
    public void prefetch(Collection<CslItem> items) {
        Set<String> wanted = new LinkedHashSet<>();
        for (CslItem item : items) {
            for (CslItem.CreditedName credited : item.names()) {
                if (!credited.name().isEmpty() && !known.containsKey(credited.name().authorityKey())) {
                    wanted.add(credited.name().authorityKey());
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Contributor> found = contributors.findByNameKeys(wanted);
        for (String key : wanted) {
            known.put(key, found.get(key));
        }
    }

    /** The credits of the item, in the item's order; names that are empty are skipped. */
    public List<Source.Credit> creditsOf(CslItem item, Instant at) {
        List<Source.Credit> credits = new ArrayList<>();
        for (CslItem.CreditedName credited : item.names()) {
            if (credited.name().isEmpty()) {
                continue;
            }
            credits.add(new Source.Credit(recordOf(credited.name(), at), credited.role(), credited.position()));
        }
        return credits;
    }

    private Contributor recordOf(PersonName name, Instant at) {
        String key = name.authorityKey();
        Contributor record = known.containsKey(key)
                ? known.get(key)
                : contributors.findByNameKey(key).orElse(null);
        if (record == null && unstored != null) {
            record = Contributor.named(name, at);
            unstored.add(record);
        } else if (record == null) {
            record = contributors.add(Contributor.named(name, at));
        }
        known.put(key, record);
        return record;
    }

    /** Catalogues a new work from its item, crediting its contributors; the caller adds it to the repository. */
    public Source catalogue(CslItem item, Set<String> tags, Set<String> subjects, String by,
                            Instant at) {
        Source source = Source.catalogue(item, tags, subjects, by, at);
        source.credit(creditsOf(item, at));
        return source;
    }
}

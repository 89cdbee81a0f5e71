package org.ariadne.catalog.domain.csl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What two records of one work share however they were typed: the title key, the first creator's family key and the
 * year. Used to find duplicates on import and to match footnote citations to catalogued works.
 *
 * <p>The creator part is the {@link PersonName#familyKey() family key} (family name with particles, folded), not the
 * full authority key, so that "Haggard, S." and "Haggard, Stephen" give the same key; for an organisation it is its
 * folded literal. It is "" when the item names no author or editor.
 *
 * @param title   {@link MatchKeys#titleKey(String)} of the title, never blank
 * @param creator family key of the first author, else of the first editor; "" if none
 * @param year    the year issued, if known
 */
public record DuplicateKey(String title, String creator, Optional<Integer> year) {

    public DuplicateKey {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(year, "year");
    }

    /** The key of an item; empty when it has no title to match on. */
    public static Optional<DuplicateKey> of(Map<String, Object> item) {
        if (item == null) {
            return Optional.empty();
        }
        String title = MatchKeys.titleKey(CslItems.title(item).orElse(""));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DuplicateKey(title, firstCreator(item).map(PersonName::familyKey).orElse(""),
                CslItems.issued(item).flatMap(CslDate::year)));
    }

    private static Optional<PersonName> firstCreator(Map<String, Object> item) {
        for (String variable : List.of("author", "editor")) {
            Optional<PersonName> first = CslItems.names(item, variable).stream().findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the two may be the same work though one knows less: same title, creators equal or one unknown, years
     * equal or one unknown. Use for footnotes ("Haggard, <i>North Korea</i>") against the catalogue; use
     * {@link #equals(Object)} or {@link #asText()} for strict duplicates.
     */
    public boolean couldBeSameWorkAs(DuplicateKey other) {
        if (other == null || !title.equals(other.title)) {
            return false;
        }
        boolean creators = creator.isEmpty() || other.creator.isEmpty() || creator.equals(other.creator);
        boolean years = year.isEmpty() || other.year.isEmpty() || year.equals(other.year);
        return creators && years;
    }

    /** The key as one string, for an indexed database column: "north korean refugee crisis|haggard|2006". */
    public String asText() {
        return title + "|" + creator + "|" + year.map(String::valueOf).orElse("");
    }

    @Override
    public String toString() {
        return asText();
    }
}

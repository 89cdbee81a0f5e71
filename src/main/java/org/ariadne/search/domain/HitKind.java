package org.ariadne.search.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a hit is: a source, a claim or a footnote; people appear only among the suggestions. */
public enum HitKind {
    SOURCE, CLAIM, FOOTNOTE, PERSON;

    public static final Set<HitKind> SEARCHABLE = EnumSet.of(SOURCE, CLAIM, FOOTNOTE);

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HitKind> ofWireName(String name) {
        for (HitKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package org.ariadne.catalog.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.Identifiers;
import org.ariadne.catalog.domain.csl.MatchKeys;
import org.ariadne.catalog.domain.csl.PersonName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Derives the catalogue's sortable and matchable facts from a CSL-JSON item. */
final class CslFacts {

    /** Whose name sorts and matches a work: its authors, else its editors, else whoever else is credited. */
    private static final List<String> CREATOR_ORDER = List.of(
            "author", "editor", "container-author", "collection-editor", "composer", "director", "interviewer",
            "translator", "compiler", "contributor");

    private CslFacts() {
    }

    static SourceFacts of(Map<String, Object> item) {
        String title = text(item, "title");
        Optional<CslDate> issued = date(item, "issued");
        Optional<PersonName> creator = firstCreator(item);
        List<String> isbns = Identifiers.normalizeIsbn(text(item, "ISBN"));
        return new SourceFacts(
                text(item, "type"),
                title,
                MatchKeys.titleKey(title),
                issued.map(CslDate::sortKey).orElse(null),
                issued.flatMap(CslDate::year).orElse(null),
                blankToNull(text(item, "container-title")),
                creator.map(PersonName::sortName).orElse(null),
                creator.map(PersonName::authorityKey).orElse(null),
                Identifiers.normalizeDoi(text(item, "DOI")).orElse(null),
                isbns.isEmpty() ? null : isbns.get(0),
                Identifiers.normalizeIssn(text(item, "ISSN")).orElse(null),
                Identifiers.normalizeUrl(text(item, "URL")).orElse(null));
    }

    static Optional<PersonName> firstCreator(Map<String, Object> item) {
        for (String role : CREATOR_ORDER) {
            if (item.get(role) instanceof List<?> names) {
                for (Object name : names) {
                    if (name instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        PersonName person = PersonName.of((Map<String, Object>) map);
                        if (!person.isEmpty()) {
                            return Optional.of(person);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<CslDate> date(Map<String, Object> item, String variable) {
        return item.get(variable) instanceof Map<?, ?> map ? CslDate.of((Map<String, ?>) map) : Optional.empty();
    }

    private static String text(Map<String, Object> item, String variable) {
        Object value = item.get(variable);
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

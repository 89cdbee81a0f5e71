package org.ariadne.catalog.domain.csl;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What CSL knows about its variables: the union of the CSL-JSON schema (csl-data.json) and the CSL 1.0.2 variable
 * list (csl-variables.rnc). Where the two disagree ({@code section}, {@code version}: string in the JSON schema, number in
 * the style schema) the variable counts as {@link VariableKind#NUMBER}, which accepts both shapes.
 * Names are case-sensitive, as in CSL ({@code DOI}, {@code URL}, {@code archive_location}).
 */
public final class CslVariable {

    private static final Map<String, VariableKind> KINDS = new LinkedHashMap<>();

    /** Each kind's variables, made once: crediting asks for the name variables per item and member. */
    private static final Map<VariableKind, Set<String>> BY_KIND = new EnumMap<>(VariableKind.class);

    static {
        register(VariableKind.STRING, "type", "citation-key", "language", "journalAbbreviation", "shortTitle",
                "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
                "call-number", "citation-label", "collection-title", "collection-title-short", "container-title",
                "container-title-short", "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre",
                "ISBN", "ISSN", "jurisdiction", "keyword", "license", "medium", "note", "original-publisher",
                "original-publisher-place", "original-title", "part-title", "PMCID", "PMID", "publisher",
                "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "source", "status", "title",
                "title-short", "URL", "volume-title", "volume-title-short", "year-suffix");
        register(VariableKind.NUMBER, "id", "chapter-number", "citation-number", "collection-number", "edition",
                "first-reference-note-number", "issue", "locator", "number", "number-of-pages", "number-of-volumes",
                "page", "page-first", "part", "part-number", "printing", "printing-number", "section", "supplement",
                "supplement-number", "version", "volume");
        register(VariableKind.NAME, "author", "chair", "collection-editor", "compiler", "composer", "container-author",
                "contributor", "curator", "director", "editor", "editor-translator", "editorial-director",
                "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer",
                "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
                "series-creator", "translator");
        register(VariableKind.DATE, "accessed", "available-date", "event-date", "issued", "original-date", "submitted");
        register(VariableKind.STRUCTURED, "categories", "custom");
        for (VariableKind kind : VariableKind.values()) {
            BY_KIND.put(kind, KINDS.entrySet().stream()
                    .filter(e -> e.getValue() == kind)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new),
                            Collections::unmodifiableSet)));
        }
    }

    private CslVariable() {
    }

    private static void register(VariableKind kind, String... names) {
        for (String name : names) {
            KINDS.put(name, kind);
        }
    }

    /** The kind of the variable with this name; {@link VariableKind#UNKNOWN} for names CSL does not define (and null). */
    public static VariableKind kindOf(String name) {
        return name == null ? VariableKind.UNKNOWN : KINDS.getOrDefault(name, VariableKind.UNKNOWN);
    }

    public static boolean isKnown(String name) {
        return kindOf(name) != VariableKind.UNKNOWN;
    }

    /** The known variables of one kind, in a stable order (schema order). */
    public static Set<String> ofKind(VariableKind kind) {
        return kind == null ? Set.of() : BY_KIND.get(kind);
    }

    public static Set<String> nameVariables() {
        return ofKind(VariableKind.NAME);
    }

    public static Set<String> dateVariables() {
        return ofKind(VariableKind.DATE);
    }

    public static Set<String> numberVariables() {
        return ofKind(VariableKind.NUMBER);
    }

    public static Set<String> stringVariables() {
        return ofKind(VariableKind.STRING);
    }
}

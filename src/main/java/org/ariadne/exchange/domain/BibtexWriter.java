package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.PersonName;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSL-JSON items as a BibTeX file that bibtex and biber accept: UTF-8, LaTeX's special characters escaped, capitals in
 * titles protected by braces, organisations in double braces, a unique citation key per entry.
 */
final class BibtexWriter {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("article-magazine", "article"),
            Map.entry("article-newspaper", "article"), Map.entry("article", "article"), Map.entry("book", "book"),
            Map.entry("chapter", "incollection"), Map.entry("paper-conference", "inproceedings"),
            Map.entry("report", "techreport"), Map.entry("thesis", "phdthesis"), Map.entry("webpage", "online"),
            Map.entry("post-weblog", "online"), Map.entry("post", "online"), Map.entry("manuscript", "unpublished"),
            Map.entry("pamphlet", "booklet"), Map.entry("periodical", "periodical"), Map.entry("patent", "patent"),
            Map.entry("dataset", "dataset"), Map.entry("software", "software"),
            Map.entry("entry-encyclopedia", "inreference"), Map.entry("entry-dictionary", "inreference"));

    /** The month macros every BibTeX style defines, written without braces so styles print the month's name. */
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private BibtexWriter() {
    }

    static String write(List<Map<String, Object>> items) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> item : items) {
            String cslType = CslItems.text(item, "type").orElse("document");
            String type = TYPES.getOrDefault(cslType, "misc");
            out.append('@').append(type).append('{').append(key(item, keys)).append(",\n");
            Map<String, String> fields = new LinkedHashMap<>();
            CslItems.text(item, "title").ifPresent(t -> fields.put("title", title(t)));
            names(item, "author").ifPresent(n -> fields.put("author", n));
            names(item, "editor").ifPresent(n -> fields.put("editor", n));
            names(item, "translator").ifPresent(n -> fields.put("translator", n));
            CslItems.text(item, "container-title").ifPresent(t -> fields.put(
                    type.equals("article") ? "journal" : "booktitle", title(t)));
            CslItems.text(item, "collection-title").ifPresent(t -> fields.put("series", title(t)));
            CslItems.text(item, "volume").ifPresent(t -> fields.put("volume", escape(t)));
            CslItems.text(item, "issue").or(() -> CslItems.text(item, "number"))
                    .ifPresent(t -> fields.put("number", escape(t)));
            CslItems.text(item, "edition").ifPresent(t -> fields.put("edition", escape(t)));
            CslItems.text(item, "page").ifPresent(t -> fields.put("pages", escape(t.replaceAll("\\s*[-–]+\\s*", "--"))));
            CslItems.issued(item).ifPresent(d -> {
                d.year().ifPresent(y -> fields.put("year", String.valueOf(y)));
                d.year().flatMap(y -> d.month()).filter(m -> m >= 1 && m <= 12)
                        .ifPresent(m -> fields.put("month", MONTHS.get(m - 1)));
                if (d.year().isEmpty()) {
                    d.literalText().ifPresent(l -> fields.put("year", escape(l)));
                }
            });
            CslItems.text(item, "publisher").ifPresent(t -> fields.put(switch (type) {
                case "techreport" -> "institution";
                case "phdthesis" -> "school";
                default -> "publisher";
            }, escape(t)));
            CslItems.text(item, "publisher-place").ifPresent(t -> fields.put("address", escape(t)));
            CslItems.text(item, "genre").ifPresent(t -> fields.put("type", escape(t)));
            CslItems.text(item, "DOI").ifPresent(t -> fields.put("doi", verbatim(t)));
            CslItems.text(item, "ISBN").ifPresent(t -> fields.put("isbn", verbatim(t)));
            CslItems.text(item, "ISSN").ifPresent(t -> fields.put("issn", verbatim(t)));
            CslItems.text(item, "URL").ifPresent(t -> fields.put("url", verbatim(t)));
            CslItems.text(item, "language").ifPresent(t -> fields.put("language", escape(t)));
            CslItems.text(item, "keyword").ifPresent(t -> fields.put("keywords", escape(t)));
            CslItems.text(item, "abstract").ifPresent(t -> fields.put("abstract", escape(t)));
            CslItems.text(item, "note").ifPresent(t -> fields.put("note", escape(t)));
            fields.forEach((name, value) -> {
                out.append("  ").append(name).append(" = ");
                out.append(name.equals("month") ? value : "{" + value + "}").append(",\n");
            });
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String key(Map<String, Object> item, Set<String> used) {
        String base = CslItems.text(item, "citation-key").filter(k -> k.matches("[A-Za-z0-9_:./+-]+")).orElseGet(() -> {
            String creator = CslItems.names(item, "author").stream().findFirst()
                    .or(() -> CslItems.names(item, "editor").stream().findFirst())
                    .map(PersonName::familyKey).orElse("anon").replaceAll("[^a-z0-9]", "");
            String year = CslItems.issued(item).flatMap(d -> d.year()).map(String::valueOf).orElse("");
            String id = CslItems.text(item, "id").orElse("");
            return (creator.isEmpty() ? "anon" : creator) + year + (id.isEmpty() ? "" : "-" + id);
        });
        String key = base;
        for (int i = 2; !used.add(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    private static java.util.Optional<String> names(Map<String, Object> item, String role) {
        List<PersonName> names = CslItems.names(item, role);
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(names.stream().map(BibtexWriter::name).collect(Collectors.joining(" and ")));
    }

    /** "{World Food Programme}", "van Beethoven, Jr., Ludwig" in BibTeX's "von Last, Jr, First" order. */
    static String name(PersonName name) {
        if (name.isOrganisation()) {
            return "{" + escape(name.displayName()) + "}";
        }
        StringBuilder s = new StringBuilder();
        if (name.nonDroppingParticle() != null && !name.nonDroppingParticle().isBlank()) {
            s.append(name.nonDroppingParticle()).append(' ');
        }
        s.append(name.family() == null ? "" : name.family());
        if (name.suffix() != null && !name.suffix().isBlank()) {
            s.append(", ").append(name.suffix());
        }
        String given = (name.given() == null ? "" : name.given())
                + (name.droppingParticle() == null || name.droppingParticle().isBlank() ? "" : " " + name.droppingParticle());
        if (!given.isBlank()) {
            s.append(", ").append(given.strip());
        }
        return escape(s.toString());
    }

    /** A title with every word that has a capital beyond a sentence-initial one kept in braces. */
    static String title(String title) {
        StringBuilder out = new StringBuilder();
        String[] words = title.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            boolean capitals = word.chars().anyMatch(Character::isUpperCase);
            boolean onlyInitial = i == 0 && !word.isEmpty() && word.substring(1).chars().noneMatch(Character::isUpperCase);
            out.append(capitals && !onlyInitial ? "{" + escape(word) + "}" : escape(word));
        }
        return out.toString();
    }

    /** Text with LaTeX's special characters escaped: & % $ # _ { } ~ ^ \. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Identifiers and URLs: braces cannot be escaped there, so they are left out; % is escaped for biber. */
    private static String verbatim(String text) {
        return text.replace("{", "").replace("}", "").replace("%", "\\%").replaceAll("\\R", "");
    }
}

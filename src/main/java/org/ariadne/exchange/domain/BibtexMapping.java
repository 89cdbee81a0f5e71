package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.PersonName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** BibTeX and BibLaTeX entries as CSL-JSON items: types, fields, names and dates, LaTeX read into Unicode. */
public final class BibtexMapping {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
            Map.entry("booklet", "pamphlet"), Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"),
            Map.entry("bookinbook", "chapter"), Map.entry("collection", "book"), Map.entry("mvcollection", "book"),
            Map.entry("proceedings", "book"), Map.entry("inproceedings", "paper-conference"),
            Map.entry("conference", "paper-conference"), Map.entry("techreport", "report"), Map.entry("report", "report"),
            Map.entry("phdthesis", "thesis"), Map.entry("mastersthesis", "thesis"), Map.entry("thesis", "thesis"),
            Map.entry("misc", "document"), Map.entry("unpublished", "manuscript"), Map.entry("manual", "book"),
            Map.entry("online", "webpage"), Map.entry("electronic", "webpage"), Map.entry("www", "webpage"),
            Map.entry("periodical", "periodical"), Map.entry("patent", "patent"), Map.entry("dataset", "dataset"),
            Map.entry("software", "software"), Map.entry("inreference", "entry-encyclopedia"),
            Map.entry("reference", "book"), Map.entry("legislation", "legislation"), Map.entry("jurisdiction", "legal_case"),
            Map.entry("standard", "standard"), Map.entry("movie", "motion_picture"), Map.entry("video", "motion_picture"),
            Map.entry("audio", "song"), Map.entry("music", "song"), Map.entry("artwork", "graphic"),
            Map.entry("letter", "personal_communication"), Map.entry("article-newspaper", "article-newspaper"));

    /* compiled once: every entry of a file goes through them */
    private static final Pattern PAGE_DASH = Pattern.compile("\\s*-{1,3}\\s*");
    private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\\\([%_&#$~])");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

    /** Fields read as plain text into the CSL variable named. */
    private static final Map<String, String> TEXT_FIELDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("subtitle", "title"), Map.entry("shorttitle", "title-short"),
            Map.entry("series", "collection-title"), Map.entry("volume", "volume"), Map.entry("edition", "edition"),
            Map.entry("publisher", "publisher"), Map.entry("address", "publisher-place"),
            Map.entry("location", "publisher-place"), Map.entry("note", "note"), Map.entry("abstract", "abstract"),
            Map.entry("keywords", "keyword"), Map.entry("language", "language"), Map.entry("chapter", "chapter-number"),
            Map.entry("type", "genre"), Map.entry("howpublished", "medium"), Map.entry("volumes", "number-of-volumes"),
            Map.entry("pagetotal", "number-of-pages"), Map.entry("eventtitle", "event-title"),
            Map.entry("venue", "event-place"), Map.entry("version", "version"), Map.entry("annote", "annote"),
            Map.entry("annotation", "annote"), Map.entry("origdate", "original-date"));

    /** Fields kept as written, braces removed, no LaTeX reading (identifiers and addresses). */
    private static final Map<String, String> VERBATIM_FIELDS = Map.of(
            "doi", "DOI", "isbn", "ISBN", "issn", "ISSN", "url", "URL", "pmid", "PMID", "pmcid", "PMCID");

    /** Fields consumed by the rules below, or that have no CSL counterpart worth a warning. */
    private static final Set<String> HANDLED = Set.of("author", "editor", "translator", "journal", "journaltitle",
            "booktitle", "number", "issue", "pages", "year", "date", "month", "urldate", "institution", "school",
            "organization", "crossref", "ids", "file", "owner", "timestamp", "eprinttype", "eprint", "archiveprefix",
            "primaryclass", "langid", "day", "subtitle");

    private BibtexMapping() {
    }

    static ImportedEntry toCsl(BibtexFile.RawEntry entry) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> f = entry.fields();
        Map<String, Object> item = new LinkedHashMap<>();
        String type = TYPES.get(entry.type());
        if (type == null) {
            warnings.add(where(entry) + "the type @" + entry.type() + " has no CSL counterpart; imported as a document.");
            type = "document";
        }
        item.put("type", type);
        if (f.containsKey("title")) {
            String title = Latex.toUnicode(f.get("title"));
            if (f.containsKey("subtitle")) {
                title = title + ": " + Latex.toUnicode(f.get("subtitle"));
            }
            item.put("title", title);
        }
        for (String role : List.of("author", "editor", "translator")) {
            if (f.containsKey(role)) {
                List<Map<String, Object>> names = names(f.get(role));
                if (!names.isEmpty()) {
                    item.put(role, names);
                }
            }
        }
        String container = f.containsKey("journaltitle") ? f.get("journaltitle") : f.containsKey("journal")
                ? f.get("journal") : f.get("booktitle");
        if (container != null) {
            item.put("container-title", Latex.toUnicode(container));
        }
        String number = f.containsKey("number") ? f.get("number") : f.get("issue");
        if (number != null) {
            item.put(type.equals("report") || type.equals("book") || type.equals("patent") || type.equals("standard")
                    ? "number" : "issue", Latex.toUnicode(number));
        }
        if (f.containsKey("pages")) {
            item.put("page", Latex.toUnicode(PAGE_DASH.matcher(f.get("pages")).replaceAll("-")));
        }
        issued(entry, warnings).ifPresent(date -> item.put("issued", date.toCsl()));
        if (f.containsKey("urldate")) {
            item.put("accessed", CslDate.parse(Latex.toUnicode(f.get("urldate"))).toCsl());
        }
        for (String body : List.of("institution", "school", "organization")) {
            if (f.containsKey(body) && !f.containsKey("publisher") && !item.containsKey("publisher")) {
                item.put("publisher", Latex.toUnicode(f.get(body)));
            }
        }
        for (Map.Entry<String, String> field : f.entrySet()) {
            String name = field.getKey();
            if (TEXT_FIELDS.containsKey(name) && !name.equals("title") && !name.equals("subtitle")) {
                item.putIfAbsent(TEXT_FIELDS.get(name), Latex.toUnicode(field.getValue()));
            } else if (VERBATIM_FIELDS.containsKey(name)) {
                item.put(VERBATIM_FIELDS.get(name), ESCAPED_CHARACTER.matcher(
                        field.getValue().replace("{", "").replace("}", "")).replaceAll("$1").strip());
            } else if (!HANDLED.contains(name) && !name.equals("title")) {
                warnings.add(where(entry) + "the field " + name + " has no CSL counterpart and was not imported.");
            }
        }
        item.put("citation-key", entry.key());
        return new ImportedEntry(entry.key(), entry.line(), item, warnings);
    }

    private static String where(BibtexFile.RawEntry entry) {
        return "Entry " + entry.key() + " (line " + entry.line() + "): ";
    }

    /** The names of an author or editor field: "A and B and others"; "{World Food Programme}" is an organisation. */
    static List<Map<String, Object>> names(String field) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (String part : splitOnAnd(field)) {
            String raw = part.strip();
            if (raw.isEmpty() || raw.equalsIgnoreCase("others")) {
                continue;                              // CSL shows "et al." by the style's rules, not from the data
            }
            if (wholeInBraces(raw)) {
                String literal = Latex.toUnicode(raw.substring(1, raw.length() - 1));
                if (!literal.isEmpty()) {
                    names.add(PersonName.organisation(literal).toCsl());
                }
                continue;
            }
            PersonName.parse(Latex.toUnicode(raw)).filter(n -> !n.isEmpty()).ifPresent(n -> names.add(n.toCsl()));
        }
        return names;
    }

    private static List<String> splitOnAnd(String field) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = field.toLowerCase(Locale.ROOT);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1)
                    && i + 4 < field.length() && Character.isWhitespace(field.charAt(i + 4))) {
                parts.add(field.substring(start, i));
                start = i + 4;
                i += 3;
            }
        }
        parts.add(field.substring(start));
        return parts;
    }

    private static boolean wholeInBraces(String s) {
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Optional<CslDate> issued(BibtexFile.RawEntry entry, List<String> warnings) {
        Map<String, String> f = entry.fields();
        if (f.containsKey("date")) {
            return Optional.of(CslDate.parse(Latex.toUnicode(f.get("date"))));
        }
        if (!f.containsKey("year")) {
            return Optional.empty();
        }
        String year = Latex.toUnicode(f.get("year"));
        if (!YEAR_DIGITS.matcher(year).matches()) {
            return Optional.of(CslDate.parse(year));
        }
        int y = Integer.parseInt(year);
        Optional<Integer> month = f.containsKey("month") ? month(Latex.toUnicode(f.get("month"))) : Optional.empty();
        if (f.containsKey("month") && month.isEmpty()) {
            warnings.add(where(entry) + "the month \"" + f.get("month") + "\" is not a month; only the year was kept.");
        }
        if (month.isEmpty()) {
            return Optional.of(CslDate.ofYear(y));
        }
        String day = f.get("day");
        if (day != null && ONE_OR_TWO_DIGITS.matcher(day.strip()).matches()) {
            return Optional.of(CslDate.ofParts(y, month.get(), Integer.parseInt(day.strip())));
        }
        return Optional.of(CslDate.ofParts(y, month.get()));
    }

    static Optional<Integer> month(String month) {
        String m = month.strip().toLowerCase(Locale.ROOT);
        if (ONE_OR_TWO_DIGITS.matcher(m).matches()) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? Optional.of(n) : Optional.empty();
        }
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        for (int i = 0; i < names.size(); i++) {
            if (m.length() >= 3 && m.startsWith(names.get(i))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}

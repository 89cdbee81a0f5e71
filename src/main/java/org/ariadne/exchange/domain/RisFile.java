package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RIS files: records from {@code TY  - } to {@code ER  - }, every line {@code XX  - value}. A record is named by its
 * {@code ID}, else by its position from 1.
 */
public final class RisFile {

    private static final Pattern TAGGED = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("JOUR", "article-journal"), Map.entry("JFULL", "article-journal"), Map.entry("EJOUR", "article-journal"),
            Map.entry("MGZN", "article-magazine"), Map.entry("NEWS", "article-newspaper"), Map.entry("BOOK", "book"),
            Map.entry("EBOOK", "book"), Map.entry("EDBOOK", "book"), Map.entry("CHAP", "chapter"),
            Map.entry("ECHAP", "chapter"), Map.entry("CONF", "paper-conference"), Map.entry("CPAPER", "paper-conference"),
            Map.entry("RPRT", "report"), Map.entry("THES", "thesis"), Map.entry("ELEC", "webpage"),
            Map.entry("WEB", "webpage"), Map.entry("BLOG", "post-weblog"), Map.entry("GEN", "document"),
            Map.entry("UNPB", "manuscript"), Map.entry("MANSCPT", "manuscript"), Map.entry("PAT", "patent"),
            Map.entry("CASE", "legal_case"), Map.entry("STAT", "legislation"), Map.entry("BILL", "bill"),
            Map.entry("HEAR", "hearing"), Map.entry("MAP", "map"), Map.entry("DATA", "dataset"),
            Map.entry("COMP", "software"), Map.entry("MPCT", "motion_picture"), Map.entry("VIDEO", "motion_picture"),
            Map.entry("SOUND", "song"), Map.entry("MUSIC", "musical_score"), Map.entry("PCOMM", "personal_communication"),
            Map.entry("ENCYC", "entry-encyclopedia"), Map.entry("DICT", "entry-dictionary"), Map.entry("PAMP", "pamphlet"),
            Map.entry("STAND", "standard"), Map.entry("ART", "graphic"));

    private static final Map<String, String> TEXT_TAGS = Map.ofEntries(
            Map.entry("T1", "title"), Map.entry("TI", "title"), Map.entry("CT", "title"), Map.entry("ST", "title-short"),
            Map.entry("JO", "container-title"), Map.entry("JF", "container-title"), Map.entry("T2", "container-title"),
            Map.entry("BT", "container-title"), Map.entry("JA", "container-title-short"), Map.entry("J2", "container-title-short"),
            Map.entry("T3", "collection-title"), Map.entry("VL", "volume"), Map.entry("IS", "issue"),
            Map.entry("PB", "publisher"), Map.entry("CY", "publisher-place"), Map.entry("PP", "publisher-place"),
            Map.entry("DO", "DOI"), Map.entry("UR", "URL"), Map.entry("AB", "abstract"), Map.entry("N2", "abstract"),
            Map.entry("N1", "note"), Map.entry("LA", "language"), Map.entry("ET", "edition"), Map.entry("M3", "medium"),
            Map.entry("CN", "call-number"), Map.entry("AN", "archive_location"), Map.entry("DB", "archive"),
            Map.entry("NV", "number-of-volumes"), Map.entry("SE", "section"), Map.entry("LB", "citation-label"));

    private RisFile() {
    }

    /** @throws InvalidInputException naming the first line that is not a RIS line, or a record that is not closed */
    public static List<ImportedEntry> read(String text) {
        List<ImportedEntry> entries = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        Record record = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = TAGGED.matcher(line.stripTrailing().isEmpty() ? line : stripTrailingKeepTag(line));
            if (!m.matches()) {
                throw problem(lineNo, "This is not a RIS line: each line must be a two-character tag, two spaces, "
                        + "a hyphen and a space, then the value (\"TI  - A title\").");
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    throw problem(lineNo, "A new record starts here, but the record from line " + record.line
                            + " has no ER line.");
                }
                record = new Record(lineNo, value, entries.size() + 1);
            } else if (record == null) {
                throw problem(lineNo, "The tag " + tag + " stands outside a record: every record starts with TY.");
            } else if (tag.equals("ER")) {
                entries.add(record.toEntry());
                record = null;
            } else {
                record.tags.add(new String[]{tag, value});
            }
        }
        if (record != null) {
            throw problem(record.line, "The record that starts here has no ER line.");
        }
        return entries;
    }

    private static String stripTrailingKeepTag(String line) {
        String stripped = line.stripTrailing();
        return stripped.length() == 5 && stripped.endsWith("-") ? stripped + " " : stripped;
    }

    private static InvalidInputException problem(int line, String message) {
        return new InvalidInputException("The RIS file is malformed on line " + line + ": " + message,
                List.of(InputProblem.ofLine(line, message)));
    }

    private static final class Record {
        final int line;
        final String type;
        final int position;
        final List<String[]> tags = new ArrayList<>();

        Record(int line, String type, int position) {
            this.line = line;
            this.type = type;
            this.position = position;
        }

        ImportedEntry toEntry() {
            List<String> warnings = new ArrayList<>();
            Map<String, Object> item = new LinkedHashMap<>();
            String csl = TYPES.get(type);
            if (csl == null) {
                warnings.add("Record on line " + line + ": the type " + type + " is not known; imported as a document.");
                csl = "document";
            }
            item.put("type", csl);
            String key = String.valueOf(position);
            String start = null;
            String end = null;
            List<String> keywords = new ArrayList<>();
            for (String[] tv : tags) {
                String tag = tv[0];
                String value = tv[1];
                if (value.isEmpty()) {
                    continue;
                }
                switch (tag) {
                    case "AU", "A1" -> addName(item, "author", value);
                    case "A2", "ED" -> addName(item, "editor", value);
                    case "A3" -> addName(item, "collection-editor", value);
                    case "A4" -> addName(item, "translator", value);
                    case "SP" -> start = value;
                    case "EP" -> end = value;
                    case "PY", "Y1", "DA" -> date(value).ifPresent(d -> {
                        if (!item.containsKey("issued") || tag.equals("DA")) {
                            item.put("issued", d.toCsl());
                        }
                    });
                    case "Y2" -> date(value).ifPresent(d -> item.put("accessed", d.toCsl()));
                    case "SN" -> item.put(isIssn(value) ? "ISSN" : "ISBN", value);
                    case "KW" -> keywords.add(value);
                    case "ID" -> key = value;
                    default -> {
                        String variable = TEXT_TAGS.get(tag);
                        if (variable == null) {
                            warnings.add("Record on line " + line + ": the tag " + tag + " was not imported.");
                        } else if (variable.equals("note") && item.containsKey("note")) {
                            item.put("note", item.get("note") + "\n" + value);
                        } else {
                            item.putIfAbsent(variable, value);
                        }
                    }
                }
            }
            if (start != null) {
                item.put("page", end == null || end.equals(start) ? start : start + "-" + end);
            }
            if (!keywords.isEmpty()) {
                item.put("keyword", String.join(", ", keywords));
            }
            return new ImportedEntry(key, line, item, warnings);
        }
    }

    private static void addName(Map<String, Object> item, String role, String value) {
        if (value.endsWith(",") && value.indexOf(',') == value.length() - 1) {     // "World Food Programme,"
            value = value.substring(0, value.length() - 1).strip();
            @SuppressWarnings("unchecked")
            List<Object> names = (List<Object>) item.computeIfAbsent(role, r -> new ArrayList<>());
            names.add(PersonName.organisation(value).toCsl());
            return;
        }
        PersonName.parse(value).filter(n -> !n.isEmpty()).ifPresent(name -> {
            @SuppressWarnings("unchecked")
            List<Object> names = (List<Object>) item.computeIfAbsent(role, r -> new ArrayList<>());
            names.add(name.toCsl());
        });
    }

    private static boolean isIssn(String value) {
        return value.strip().matches("\\d{4}-?\\d{3}[\\dXx]");
    }

    /** RIS dates: "2006", "2006/03/01/", "2006/03//", "2006-03-01". */
    static Optional<CslDate> date(String value) {
        String[] parts = value.strip().split("[/-]");
        try {
            int year = Integer.parseInt(parts[0]);
            if (parts.length > 1 && !parts[1].isBlank()) {
                int month = Integer.parseInt(parts[1]);
                if (parts.length > 2 && !parts[2].isBlank()) {
                    return Optional.of(CslDate.ofParts(year, month, Integer.parseInt(parts[2])));
                }
                return Optional.of(CslDate.ofParts(year, month));
            }
            return Optional.of(CslDate.ofYear(year));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.of(CslDate.parse(value));
        }
    }

    static String write(List<Map<String, Object>> items) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> item : items) {
            String type = CslItems.text(item, "type").orElse("document");
            String ty = TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                    .sorted().findFirst().orElse("GEN");
            if (type.equals("article-journal")) {
                ty = "JOUR";
            } else if (type.equals("book")) {
                ty = "BOOK";
            } else if (type.equals("chapter")) {
                ty = "CHAP";
            } else if (type.equals("webpage")) {
                ty = "ELEC";
            } else if (type.equals("paper-conference")) {
                ty = "CPAPER";
            }
            line(out, "TY", ty);
            CslItems.text(item, "id").ifPresent(id -> line(out, "ID", id));
            CslItems.text(item, "title").ifPresent(t -> line(out, "TI", t));
            CslItems.names(item, "author").forEach(n -> line(out, "AU", risName(n)));
            CslItems.names(item, "editor").forEach(n -> line(out, "A2", risName(n)));
            CslItems.names(item, "translator").forEach(n -> line(out, "A4", risName(n)));
            CslItems.text(item, "container-title").ifPresent(t -> line(out, "T2", t));
            CslItems.text(item, "collection-title").ifPresent(t -> line(out, "T3", t));
            CslItems.text(item, "volume").ifPresent(t -> line(out, "VL", t));
            CslItems.text(item, "issue").or(() -> CslItems.text(item, "number")).ifPresent(t -> line(out, "IS", t));
            CslItems.text(item, "page").ifPresent(p -> {
                String[] range = p.split("[-–]", 2);
                line(out, "SP", range[0].strip());
                if (range.length > 1) {
                    line(out, "EP", range[1].strip());
                }
            });
            CslItems.issued(item).ifPresent(d -> {
                d.year().ifPresent(y -> line(out, "PY", String.valueOf(y)));
                d.year().ifPresent(y -> line(out, "DA", String.format("%04d/%s/%s/", y,
                        d.month().map(m -> String.format("%02d", m)).orElse(""),
                        d.day().map(x -> String.format("%02d", x)).orElse(""))));
            });
            CslItems.text(item, "publisher").ifPresent(t -> line(out, "PB", t));
            CslItems.text(item, "publisher-place").ifPresent(t -> line(out, "CY", t));
            CslItems.text(item, "ISBN").or(() -> CslItems.text(item, "ISSN")).ifPresent(t -> line(out, "SN", t));
            CslItems.text(item, "DOI").ifPresent(t -> line(out, "DO", t));
            CslItems.text(item, "URL").ifPresent(t -> line(out, "UR", t));
            CslItems.text(item, "abstract").ifPresent(t -> line(out, "AB", t));
            CslItems.text(item, "keyword").ifPresent(k -> {
                for (String kw : k.split("\\s*[,;]\\s*")) {
                    if (!kw.isBlank()) {
                        line(out, "KW", kw);
                    }
                }
            });
            CslItems.text(item, "note").ifPresent(t -> line(out, "N1", t));
            CslItems.text(item, "language").ifPresent(t -> line(out, "LA", t));
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    private static String risName(PersonName name) {
        return name.isOrganisation() ? name.displayName() + "," : name.sortName();
    }

    private static void line(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replaceAll("\\R", " ")).append("\r\n");
    }
}

package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.PersonName;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL-JSON items to MARC 21 bibliographic records and back. Leader 06/07 and 008 say what kind of thing the record
 * describes; 020/022/024 carry ISBN, ISSN and DOI; 100/110 the first author, 700/710 the other authors, editors and
 * translators (with a relator term in $e); 245 the title with ISBD punctuation; 250 edition; 264 publication; 300 extent;
 * 490 series; 500 note; 520 abstract; 653 keywords; 655 the genre (which names the CSL type exactly); 773 the host item
 * of articles and chapters (title, volume, issue and pages in $g, ISSN in $x, ISBN in $z); 856 the URL.
 */
public final class MarcMapping {

    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    /** CSL types described as a part of a host item (leader 07 "a"), whose container goes into 773. */
    private static final Set<String> COMPONENTS = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "chapter", "entry", "entry-dictionary", "entry-encyclopedia", "paper-conference",
            "review", "review-book", "post", "post-weblog", "speech", "interview", "broadcast");

    /** Genre terms (655) that name a CSL type; the first type of a term is the one read back. */
    private static final Map<String, String> GENRES = genres();

    /** ISO 639-1 codes of CSL's "language" and the MARC language codes of 008/35-37. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "eng"), Map.entry("de", "ger"), Map.entry("fr", "fre"), Map.entry("es", "spa"),
            Map.entry("it", "ita"), Map.entry("pt", "por"), Map.entry("nl", "dut"), Map.entry("ru", "rus"),
            Map.entry("zh", "chi"), Map.entry("ja", "jpn"), Map.entry("ko", "kor"), Map.entry("ar", "ara"),
            Map.entry("pl", "pol"), Map.entry("sv", "swe"), Map.entry("da", "dan"), Map.entry("no", "nor"),
            Map.entry("fi", "fin"), Map.entry("cs", "cze"), Map.entry("el", "gre"), Map.entry("he", "heb"),
            Map.entry("hu", "hun"), Map.entry("tr", "tur"), Map.entry("la", "lat"), Map.entry("uk", "ukr"));

    private static final Pattern VOLUME = Pattern.compile("(?i)\\bvol\\.?\\s*([^,;()]+)");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bno\\.?\\s*([^,;()]+)");
    private static final Pattern PAGES = Pattern.compile("(?i)\\bp{1,2}\\.?\\s*([^,;()]+)");
    private static final Pattern EXTENT = Pattern.compile("(?i)^\\s*(\\d+)\\s*(p\\b|pages)");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(the|a|an) ");

    private MarcMapping() {
    }

    private static Map<String, String> genres() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("article-journal", "Journal articles");
        g.put("article-magazine", "Magazine articles");
        g.put("article-newspaper", "Newspaper articles");
        g.put("article", "Articles");
        g.put("book", "Books");
        g.put("chapter", "Book chapters");
        g.put("paper-conference", "Conference papers and proceedings");
        g.put("report", "Reports");
        g.put("thesis", "Academic theses");
        g.put("webpage", "Web pages");
        g.put("post-weblog", "Blog posts");
        g.put("entry-encyclopedia", "Encyclopedia entries");
        g.put("entry-dictionary", "Dictionary entries");
        g.put("manuscript", "Manuscripts");
        g.put("map", "Maps");
        g.put("dataset", "Datasets");
        g.put("software", "Computer programs");
        g.put("motion_picture", "Motion pictures");
        g.put("legislation", "Legislation");
        g.put("legal_case", "Law reports, digests, etc.");
        g.put("patent", "Patents");
        g.put("interview", "Interviews");
        g.put("speech", "Speeches");
        g.put("review-book", "Book reviews");
        g.put("review", "Reviews");
        g.put("pamphlet", "Pamphlets");
        g.put("standard", "Standards");
        g.put("document", "Documents");
        return g;
    }

    // ---------------------------------------------------------------- CSL to MARC

    /**
     * The MARC record of an item. {@code id} (Ariadne's id, if the item has one) becomes 001; {@code entered} is the
     * date in 008/00-05.
     */
    public static Record toMarc(Map<String, Object> item, LocalDate entered) {
        String type = CslItems.text(item, "type").orElse("document");
        boolean component = COMPONENTS.contains(type);
        Record record = FACTORY.newRecord("00000n" + typeOfRecord(type) + (component ? 'a' : level(type))
                + " a2200000 i 4500");
        CslItems.text(item, "id").ifPresent(id -> record.addVariableField(FACTORY.newControlField("001", id)));
        record.addVariableField(FACTORY.newControlField("008", fixed(item, type, entered)));

        if (!component) {
            for (String isbn : identifiers(CslItems.text(item, "ISBN"))) {
                record.addVariableField(field("020", ' ', ' ', 'a', isbn));
            }
            for (String issn : identifiers(CslItems.text(item, "ISSN"))) {
                record.addVariableField(field("022", ' ', ' ', 'a', issn));
            }
        }
        CslItems.text(item, "DOI").ifPresent(doi -> {
            DataField f = field("024", '7', ' ', 'a', doi);
            f.addSubfield(FACTORY.newSubfield('2', "doi"));
            record.addVariableField(f);
        });

        List<Credit> credits = credits(item);
        boolean mainEntry = !credits.isEmpty() && credits.get(0).role.equals("author");
        for (int i = 0; i < credits.size(); i++) {
            Credit c = credits.get(i);
            boolean main = i == 0 && mainEntry;
            DataField f = c.name.isOrganisation()
                    ? field(main ? "110" : "710", '2', ' ', 'a', c.name.displayName() + (c.role.isEmpty() ? "." : ","))
                    : field(main ? "100" : "700", '1', ' ', 'a', c.name.sortName() + (c.role.isEmpty() ? "." : ","));
            if (!c.role.isEmpty()) {
                f.addSubfield(FACTORY.newSubfield('e', c.role + "."));
            }
            record.addVariableField(f);
        }

        String title = CslItems.text(item, "title").orElse("[Untitled]");
        DataField t245 = FACTORY.newDataField("245", mainEntry ? '1' : '0', nonFiling(title));
        int colon = title.indexOf(": ");
        if (colon > 0) {
            t245.addSubfield(FACTORY.newSubfield('a', title.substring(0, colon) + " :"));
            t245.addSubfield(FACTORY.newSubfield('b', terminated(title.substring(colon + 2))));
        } else {
            t245.addSubfield(FACTORY.newSubfield('a', terminated(title)));
        }
        record.addVariableField(t245);

        CslItems.text(item, "edition").ifPresent(e -> record.addVariableField(field("250", ' ', ' ', 'a', e)));

        Optional<String> place = CslItems.text(item, "publisher-place");
        Optional<String> publisher = CslItems.text(item, "publisher");
        Optional<String> date = CslItems.issued(item).map(MarcMapping::isoDate).filter(d -> !d.isEmpty());
        if (place.isPresent() || publisher.isPresent() || date.isPresent()) {
            DataField f = FACTORY.newDataField("264", ' ', '1');
            place.ifPresent(p -> f.addSubfield(FACTORY.newSubfield('a',
                    p + (publisher.isPresent() ? " :" : date.isPresent() ? "," : "."))));
            publisher.ifPresent(p -> f.addSubfield(FACTORY.newSubfield('b', p + (date.isPresent() ? "," : "."))));
            date.ifPresent(d -> f.addSubfield(FACTORY.newSubfield('c', d + ".")));
            record.addVariableField(f);
        }

        CslItems.text(item, "number-of-pages").ifPresent(n -> record.addVariableField(field("300", ' ', ' ', 'a',
                n.matches("\\d+") ? n + " pages." : n)));

        CslItems.text(item, "collection-title").ifPresent(series -> {
            DataField f = field("490", '0', ' ', 'a', series);
            CslItems.text(item, "collection-number").ifPresent(n -> {
                f.getSubfields().get(0).setData(series + " ;");
                f.addSubfield(FACTORY.newSubfield('v', n));
            });
            record.addVariableField(f);
        });
        CslItems.text(item, "note").ifPresent(n -> record.addVariableField(field("500", ' ', ' ', 'a', terminated(n))));
        CslItems.text(item, "abstract").ifPresent(a -> record.addVariableField(field("520", ' ', ' ', 'a', a)));
        CslItems.text(item, "keyword").ifPresent(k -> {
            for (String word : k.split("\\s*[,;]\\s*")) {
                if (!word.isBlank()) {
                    record.addVariableField(field("653", ' ', ' ', 'a', word.strip()));
                }
            }
        });
        record.addVariableField(field("655", ' ', '4', 'a', GENRES.getOrDefault(type, "Documents") + "."));

        if (component) {
            host(item).ifPresent(record::addVariableField);
        }
        CslItems.text(item, "URL").ifPresent(u -> record.addVariableField(field("856", '4', '0', 'u', u)));
        return record;
    }

    private static DataField field(String tag, char ind1, char ind2, char code, String data) {
        DataField f = FACTORY.newDataField(tag, ind1, ind2);
        f.addSubfield(FACTORY.newSubfield(code, data));
        return f;
    }

    private static Optional<DataField> host(Map<String, Object> item) {
        DataField f = FACTORY.newDataField("773", '0', ' ');
        CslItems.text(item, "container-title").ifPresent(t -> f.addSubfield(FACTORY.newSubfield('t', t)));
        List<String> parts = new ArrayList<>();
        CslItems.text(item, "volume").ifPresent(v -> parts.add("Vol. " + v));
        CslItems.text(item, "issue").ifPresent(v -> parts.add("no. " + v));
        CslItems.text(item, "page").ifPresent(v -> parts.add("p. " + v.replace('–', '-')));
        if (!parts.isEmpty()) {
            f.addSubfield(FACTORY.newSubfield('g', String.join(", ", parts)));
        }
        identifiers(CslItems.text(item, "ISSN")).forEach(i -> f.addSubfield(FACTORY.newSubfield('x', i)));
        identifiers(CslItems.text(item, "ISBN")).forEach(i -> f.addSubfield(FACTORY.newSubfield('z', i)));
        return f.getSubfields().isEmpty() ? Optional.empty() : Optional.of(f);
    }

    private static List<String> identifiers(Optional<String> value) {
        List<String> out = new ArrayList<>();
        value.ifPresent(v -> {
            for (String part : v.split("[,;]|\\s+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        });
        return out;
    }

    private record Credit(PersonName name, String role) {
    }

    /** Authors first (no relator term), then editors, translators and the other roles of CSL. */
    private static List<Credit> credits(Map<String, Object> item) {
        List<Credit> credits = new ArrayList<>();
        CslItems.names(item, "author").stream().filter(n -> !n.isEmpty()).forEach(n -> credits.add(new Credit(n, "author")));
        CslItems.names(item, "editor").stream().filter(n -> !n.isEmpty()).forEach(n -> credits.add(new Credit(n, "editor")));
        CslItems.names(item, "translator").stream().filter(n -> !n.isEmpty())
                .forEach(n -> credits.add(new Credit(n, "translator")));
        CslItems.names(item, "director").stream().filter(n -> !n.isEmpty())
                .forEach(n -> credits.add(new Credit(n, "director")));
        CslItems.names(item, "interviewer").stream().filter(n -> !n.isEmpty())
                .forEach(n -> credits.add(new Credit(n, "interviewer")));
        return credits;
    }

    private static char typeOfRecord(String type) {
        return switch (type) {
            case "map" -> 'e';
            case "motion_picture", "broadcast" -> 'g';
            case "song" -> 'j';
            case "musical_score" -> 'c';
            case "graphic" -> 'k';
            case "software", "dataset" -> 'm';
            case "manuscript" -> 't';
            default -> 'a';
        };
    }

    private static char level(String type) {
        return switch (type) {
            case "periodical" -> 's';
            case "webpage", "post" -> 'i';
            default -> 'm';
        };
    }

    /** 008 as for books, with the date of publication, the language and "d" (other) as cataloguing source. */
    private static String fixed(Map<String, Object> item, String type, LocalDate entered) {
        StringBuilder f = new StringBuilder(40);
        f.append(String.format("%02d%02d%02d", entered.getYear() % 100, entered.getMonthValue(), entered.getDayOfMonth()));
        Optional<Integer> year = CslItems.issued(item).flatMap(CslDate::year);
        if (year.isPresent() && year.get() >= 0 && year.get() <= 9999) {
            f.append('s').append(String.format("%04d", year.get())).append("    ");
        } else {
            f.append("nuuuuuuuu");
        }
        f.append("xx ");                                    // 15-17 place of publication not known
        f.append("     ");                                  // 18-22 illustrations, target audience
        f.append(CslItems.text(item, "URL").isPresent() ? 'o' : ' ');   // 23 form of item: online
        f.append("    ");                                   // 24-27 nature of contents
        f.append(' ');                                      // 28 government publication
        f.append(type.equals("paper-conference") ? '1' : '0');  // 29 conference publication
        f.append("00 0 ");                                  // 30-34 festschrift, index, undefined, literary form, biography
        String language = CslItems.text(item, "language").map(l -> l.toLowerCase(Locale.ROOT).split("[-_]")[0])
                .map(l -> LANGUAGES.getOrDefault(l, l.length() == 3 ? l : "und")).orElse("und");
        f.append(language);
        f.append(" d");                                     // 38 not modified, 39 cataloguing source other
        return f.toString();
    }

    private static String isoDate(CslDate date) {
        if (date.year().isEmpty()) {
            return date.literalText().orElse("");
        }
        StringBuilder s = new StringBuilder(String.format("%04d", date.year().get()));
        date.month().ifPresent(m -> {
            s.append(String.format("-%02d", m));
            date.day().ifPresent(d -> s.append(String.format("-%02d", d)));
        });
        return s.toString();
    }

    /** 245 second indicator: the characters of a leading English article, which filing skips. */
    private static char nonFiling(String title) {
        Matcher m = ARTICLE.matcher(title);
        return m.find() ? (char) ('0' + m.end()) : '0';
    }

    private static String terminated(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    // ---------------------------------------------------------------- MARC to CSL

    /** The CSL item of a record, with what had no CSL counterpart named in {@code warnings}. */
    public static Map<String, Object> toCsl(Record record, List<String> warnings) {
        Map<String, Object> item = new LinkedHashMap<>();
        String type = type(record);
        item.put("type", type);

        DataField t245 = data(record, "245");
        if (t245 != null) {
            StringBuilder title = new StringBuilder();
            for (Subfield s : t245.getSubfields()) {
                if (s.getCode() == 'a' || s.getCode() == 'n' || s.getCode() == 'p') {
                    append(title, clean(s.getData()), ". ");
                } else if (s.getCode() == 'b') {
                    append(title, clean(s.getData()), ": ");
                }
            }
            if (!title.isEmpty()) {
                item.put("title", title.toString());
            }
        }
        for (DataField f : record.getDataFields()) {
            String tag = f.getTag();
            switch (tag) {
                case "020" -> sub(f, 'a').map(MarcMapping::isbn).ifPresent(v -> join(item, "ISBN", v));
                case "022" -> sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> join(item, "ISSN", v));
                case "024" -> {
                    if (sub(f, '2').filter(s -> s.equalsIgnoreCase("doi")).isPresent()) {
                        sub(f, 'a').ifPresent(v -> item.putIfAbsent("DOI", v.strip()));
                    }
                }
                case "100", "700", "110", "710", "111", "711" -> name(f).ifPresent(n -> addName(item, role(f), n));
                case "250" -> sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("edition", v));
                case "260", "264" -> {
                    if (tag.equals("260") || f.getIndicator2() == '1') {
                        sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("publisher-place", v));
                        sub(f, 'b').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("publisher", v));
                        sub(f, 'c').map(MarcMapping::date).filter(CslDate::hasYear)
                                .ifPresent(d -> item.putIfAbsent("issued", d.toCsl()));
                    }
                }
                case "300" -> sub(f, 'a').ifPresent(v -> {
                    Matcher m = EXTENT.matcher(v);
                    if (m.find()) {
                        item.putIfAbsent("number-of-pages", m.group(1));
                    }
                });
                case "490", "830" -> {
                    sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("collection-title", v));
                    sub(f, 'v').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("collection-number", v));
                }
                case "500" -> sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> item.merge("note", v,
                        (a, b) -> a + "\n" + b));
                case "520" -> sub(f, 'a').map(String::strip).ifPresent(v -> item.putIfAbsent("abstract", v));
                case "650", "653" -> sub(f, 'a').map(MarcMapping::clean).ifPresent(v -> item.merge("keyword", v,
                        (a, b) -> a + ", " + b));
                case "773" -> {
                    sub(f, 't').map(MarcMapping::clean).ifPresent(v -> item.putIfAbsent("container-title", v));
                    sub(f, 'g').ifPresent(g -> {
                        find(VOLUME, g).ifPresent(v -> item.putIfAbsent("volume", v));
                        find(ISSUE, g).ifPresent(v -> item.putIfAbsent("issue", v));
                        find(PAGES, g).ifPresent(v -> item.putIfAbsent("page", v));
                    });
                    sub(f, 'x').map(MarcMapping::clean).ifPresent(v -> join(item, "ISSN", v));
                    sub(f, 'z').map(MarcMapping::isbn).ifPresent(v -> join(item, "ISBN", v));
                }
                case "856" -> sub(f, 'u').map(String::strip).ifPresent(v -> item.putIfAbsent("URL", v));
                case "245", "655", "041", "040", "042", "043", "082", "050", "035" -> {
                    // read above, or nothing a citation needs
                }
                default -> warnings.add("field " + tag + " was not imported");
            }
        }
        ControlField f008 = control(record, "008");
        if (f008 != null && f008.getData().length() >= 38) {
            String data = f008.getData();
            if (!item.containsKey("issued") && data.substring(7, 11).matches("\\d{4}")) {
                item.put("issued", CslDate.ofYear(Integer.parseInt(data.substring(7, 11))).toCsl());
            }
            String code = data.substring(35, 38);
            LANGUAGES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                    .ifPresent(l -> item.put("language", l));
        }
        return item;
    }

    /** The CSL type: named by a genre term of ours (655), else read from the leader. */
    private static String type(Record record) {
        for (var v : record.getVariableFields("655")) {
            Optional<String> term = sub((DataField) v, 'a').map(MarcMapping::clean);
            if (term.isPresent()) {
                for (Map.Entry<String, String> e : GENRES.entrySet()) {
                    if (e.getValue().equalsIgnoreCase(term.get())) {
                        return e.getKey();
                    }
                }
            }
        }
        char recordType = record.getLeader().getTypeOfRecord();
        char level = record.getLeader().getImplDefined1()[0];
        boolean inBook = data(record, "773") != null && sub(data(record, "773"), 'z').isPresent();
        return switch (recordType) {
            case 'e', 'f' -> "map";
            case 'g' -> "motion_picture";
            case 'i', 'j' -> "song";
            case 'c', 'd' -> "musical_score";
            case 'k' -> "graphic";
            case 'm' -> "software";
            case 't' -> "manuscript";
            default -> switch (level) {
                case 'a', 'b' -> inBook ? "chapter" : "article-journal";
                case 's' -> "periodical";
                case 'i' -> "webpage";
                default -> "book";
            };
        };
    }

    private static String role(DataField f) {
        String relator = (sub(f, 'e').orElse("") + " " + sub(f, '4').orElse("")).toLowerCase(Locale.ROOT);
        if (relator.contains("edt") || relator.contains("editor")) {
            return "editor";
        }
        if (relator.contains("trl") || relator.contains("translator")) {
            return "translator";
        }
        if (relator.contains("drt") || relator.contains("director")) {
            return "director";
        }
        if (relator.contains("ivr") || relator.contains("interviewer")) {
            return "interviewer";
        }
        return "author";
    }

    private static Optional<PersonName> name(DataField f) {
        Optional<String> a = sub(f, 'a').map(MarcMapping::clean).filter(s -> !s.isEmpty());
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (f.getTag().endsWith("10") || f.getTag().endsWith("11")) {
            String full = a.get() + sub(f, 'b').map(b -> ". " + clean(b)).orElse("");
            return Optional.of(PersonName.organisation(full));
        }
        String n = a.get();
        if (f.getIndicator1() == '0' && !n.contains(",")) {
            return PersonName.parse(n);                       // forename only, or direct order
        }
        return PersonName.parse(n.contains(",") ? n : n + ",").filter(p -> !p.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static void addName(Map<String, Object> item, String role, PersonName name) {
        ((List<Object>) item.computeIfAbsent(role, r -> new ArrayList<>())).add(name.toCsl());
    }

    private static void join(Map<String, Object> item, String variable, String value) {
        item.merge(variable, value, (a, b) -> ((String) a).contains((String) b) ? a : a + " " + b);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static String isbn(String value) {
        return clean(value.replaceAll("\\(.*?\\)", "")).split("\\s+")[0];
    }

    /** 264 $c: "2012", "c2012.", "[2012?]", "©2012", "2012-02-20". */
    private static CslDate date(String value) {
        String s = value.strip().replaceAll("^[\\[©℗cp]+|[\\]?.,;:]+$", "").strip();
        if (s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            String[] parts = s.split("-");
            int[] numbers = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i]);
            }
            return CslDate.ofParts(numbers);
        }
        return CslDate.parse(s);
    }

    /** A subfield without ISBD's closing punctuation (" /", " :", " ;", " =", ",", "." after a word). */
    static String clean(String value) {
        String s = value.strip();
        while (true) {
            String t = s.replaceAll("\\s*[/:;=,]$", "").strip();
            if (t.endsWith(".") && !t.matches(".*(\\b\\p{L}|\\.\\.|etc|Inc|Ltd|Co|Jr|Sr)\\.$")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.equals(s)) {
                return s;
            }
            s = t;
        }
    }

    private static void append(StringBuilder b, String part, String separator) {
        if (!part.isEmpty()) {
            if (!b.isEmpty()) {
                b.append(separator);
            }
            b.append(part);
        }
    }

    private static Optional<String> sub(DataField f, char code) {
        Subfield s = f.getSubfield(code);
        return s == null || s.getData() == null || s.getData().isBlank() ? Optional.empty() : Optional.of(s.getData());
    }

    private static DataField data(Record record, String tag) {
        return record.getVariableField(tag) instanceof DataField f ? f : null;
    }

    private static ControlField control(Record record, String tag) {
        return record.getVariableField(tag) instanceof ControlField f ? f : null;
    }
}

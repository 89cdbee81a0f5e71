package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.footnotes.domain.NoteCitation.Kind;
import org.ariadne.footnotes.domain.NoteFields.Field;

/**
 * Parses the text of one footnote into the works it cites (CSL-JSON) with their locators: Chicago full and short
 * notes, author-date notes ("Smith (2004), p. 5"), MLA-like notes, legal cases and "Id.", "Ibid.", "op. cit.".
 * Stateless and thread-safe; never throws: what it cannot read becomes a problem.
 */
public final class NoteParser {

    /** Longest note text parsed; the rest is reported, not read. */
    static final int MAX_NOTE_LENGTH = 4000;
    private static final int MAX_CITATIONS = 50;

    private static final Pattern SIGNAL = Pattern.compile(
            "(?i)^[*_]{0,2}(?:see\\s+also|see,?\\s+e\\.\\s?g\\.|see\\s+generally|but\\s+see|but\\s+cf\\.|see|cf\\."
                    + "|compare|contra|accord|e\\.\\s?g\\.|for\\s+example|quoted\\s+in|cited\\s+in|as\\s+cited\\s+in"
                    + "|also),?[*_]{0,2}(?:,\\s*|\\s+|$)");
    private static final Pattern IBID = Pattern.compile("(?i)^[*_]{0,2}ibid(?:em)?\\.?[*_]{0,2}[.,:]?\\s*(?:at\\s+)?(.*)$");
    private static final Pattern ID = Pattern.compile("(?i)^[*_]{0,2}id\\.[*_]{0,2}[,:]?\\s*(?:at\\s+)?(.*)$");
    private static final Pattern OP_CIT = Pattern.compile("(?i)[*_]{0,2}\\b(?:op|loc)\\.?\\s*cit\\b\\.?[*_]{0,2}");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"“”]+");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi:\\s*|\\b)(10\\.\\d{4,9}/[^\\s\"“”<>]+)");
    private static final Pattern ACCESSED = Pattern.compile(
            "(?i)[,.(\\[]?\\s*(?:last\\s+)?(?:accessed|retrieved|viewed|consulted)(?:\\s+on)?:?\\s+([^)\\];]{4,40}?)\\s*[)\\]]?(?=[.,;]?\\s*$|[.,;]\\s|\\s+(?:from|at)\\s)");
    private static final Pattern AVAILABLE = Pattern.compile("(?i)\\b(?:available\\s+(?:at|from|online)|online\\s+at|retrieved\\s+from|url)\\s*:?\\s*$");
    private static final Pattern LEGAL_CASE = Pattern.compile(
            "^(.{2,200}? v\\.? .{1,200}?),\\s+(\\d{1,4})\\s+([A-Z][A-Za-z0-9.\\s]{0,30}?)\\s+(\\d{1,6})"
                    + "(?:,\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?))?\\s*\\((?:([^()]{0,60}?)\\s+)?(\\d{4})\\)$");
    private static final Pattern EDITORS_AFTER = Pattern.compile("(?i)^(.+?)[,\\s]*\\(?\\s*(eds?)\\.?\\s*\\)?$");
    private static final Pattern EDITORS_BEFORE = Pattern.compile("(?i)^(?:eds?\\.|edited\\s+by|ed\\.\\s+by)\\s+(.+)$");
    private static final Pattern TRANSLATORS = Pattern.compile("(?i)^(?:trans\\.|translated\\s+by|tr\\.)\\s+(.+)$");
    private static final Pattern VOLUME = Pattern.compile("(?i)^(?:vol|volume|vols|bd)\\.?\\s*([0-9]+[a-z]?|[IVXLCDM]+)$");
    private static final Pattern ISSUE = Pattern.compile("(?i)^(?:no|nos|number|issue|iss|nr|n°|№)\\.?\\s*([0-9]+[A-Za-z]?(?:\\s*[-–/]\\s*[0-9]+)?)$");
    private static final Pattern VOLUME_ISSUE = Pattern.compile("^(\\d{1,4})\\s*\\((\\d{1,4}(?:[-–/]\\d{1,4})?)\\)$");
    private static final Pattern REPORT_NUMBER = Pattern.compile(
            "(?i)^((?:[\\p{L}-]+\\s+){0,3}?(?:report|paper|brief|briefing|series|document|doc\\.|study))\\s+(?:no\\.?\\s*|number\\s+)?([A-Z0-9][A-Z0-9/.\\-]*)$");
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile("^(?:UN\\s+Doc\\.?\\s*)?([A-Z]{1,5}(?:/[A-Z0-9.]+){2,}|[A-Z]{2,4}\\s\\d{2}/\\d{3}/\\d{4})$");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?)\\s*:\\s*(.+)$");
    private static final Pattern CONTAINER_VOLUME = Pattern.compile("^(.*\\D)\\s+(\\d{1,4})$");
    private static final Pattern AUTHOR_YEAR = Pattern.compile("^(.+?)\\s+\\(?(1[4-9]\\d\\d|20\\d\\d)([a-z]?)\\)?$");
    private static final Pattern YEAR_LOCATOR = Pattern.compile("^(1[4-9]\\d\\d|20\\d\\d)[a-z]?\\s*[:,]\\s*(.+)$");
    private static final Pattern MLA_GIVEN = Pattern.compile("^(\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’\\-]*\\.?){0,2})\\.(?:\\s+(.*))?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[\\p{Ll}\\d)\\]]{2})\\.\\s+(?=\\p{Lu})");
    private static final Pattern PUBLISHER = Pattern.compile(
            "(?i)\\b(?:press|publishers?|publishing|books|verlag|editions|éditions|university|house|media)\\b");
    private static final List<String> NEWSPAPER_WORDS = List.of("times", "post", "herald", "tribune", "news",
            "guardian", "gazette", "daily", "telegraph", "chronicle", "observer", "independent", "monitor",
            "journal of commerce", "standard", "courier", "ilbo", "shimbun", "straits", "mail", "express", "star");
    private static final List<String> JOURNAL_WORDS = List.of("journal", "review", "quarterly", "studies", "affairs",
            "bulletin", "annals", "proceedings", "law", "survey", "politics", "science", "history", "research");

    /** The works cited by a note; never null, never throws. */
    public ParsedNote parse(String noteText) {
        List<String> problems = new ArrayList<>();
        List<NoteCitation> citations = new ArrayList<>();
        if (noteText == null) {
            return new ParsedNote(citations, problems);
        }
        String text = NoteText.clean(noteText);
        if (text.length() > MAX_NOTE_LENGTH) {
            problems.add("The note is longer than " + MAX_NOTE_LENGTH + " characters; only its beginning was read.");
            text = text.substring(0, MAX_NOTE_LENGTH);
        }
        try {
            for (String segment : segments(text)) {
                if (citations.size() >= MAX_CITATIONS) {
                    problems.add("The note cites more than " + MAX_CITATIONS + " works; the rest were not read.");
                    break;
                }
                NoteCitation c = parseSegment(segment, problems);
                if (c != null) {
                    citations.add(c);
                }
            }
        } catch (RuntimeException | StackOverflowError unreadable) {
            citations.clear();
            problems.add("The note could not be read as a citation.");
        }
        if (citations.isEmpty() && !text.isEmpty() && problems.isEmpty()) {
            problems.add("No cited work was recognised in the note.");
        }
        return new ParsedNote(citations, problems);
    }

    /** The citations of a note, split on top-level semicolons (not inside quotes or brackets). */
    static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean curly = false;
        boolean straight = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '“' -> curly = true;
                case '”' -> curly = false;
                case '"' -> straight = !straight;
                case ';' -> {
                    if (depth == 0 && !curly && !straight) {
                        out.add(text.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        out.add(text.substring(start));
        if (out.size() > 1 && (curly || straight || depth > 0)) {
            // unbalanced quotes or brackets: trust the semicolons only outside brackets
            return splitOutsideBrackets(text);
        }
        out.replaceAll(String::strip);
        out.removeIf(String::isEmpty);
        return out;
    }

    private static List<String> splitOutsideBrackets(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private NoteCitation parseSegment(String raw, List<String> problems) {
        String s = stripSignals(raw.strip());
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = IBID.matcher(s);
        if (m.matches()) {
            Locator loc = locatorOf(m.group(1));
            return new NoteCitation(null, loc == null ? null : loc.value(), loc == null ? null : loc.label(), Kind.IBID);
        }
        m = ID.matcher(s);
        if (m.matches()) {
            Locator loc = locatorOf(m.group(1));
            return new NoteCitation(null, loc == null ? null : loc.value(), loc == null ? null : loc.label(), Kind.ID);
        }
        // each guard is a literal the pattern cannot match without: most notes skip the regular expression
        m = OP_CIT.matcher(s);
        if (s.toLowerCase(Locale.ROOT).contains("cit") && m.find()) {
            return opCit(s.substring(0, m.start()), s.substring(m.end()));
        }
        s = stripFinalPeriod(s);
        m = LEGAL_CASE.matcher(s);
        if (s.contains(" v") && m.matches()) {
            return legalCase(m);
        }
        return work(s, problems);
    }

    private static String stripSignals(String s) {
        String t = s;
        for (int guard = 0; guard < 3; guard++) {
            Matcher m = SIGNAL.matcher(t);
            if (!m.find() || m.end() >= t.length()) {
                break;
            }
            t = t.substring(m.end()).strip();
        }
        return t;
    }

    private static String stripFinalPeriod(String s) {
        String t = s.strip();
        while (t.endsWith(".") && !t.endsWith("ff.") && !t.endsWith("al.") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static Locator locatorOf(String rest) {
        String t = stripFinalPeriod(rest == null ? "" : rest);
        return t.isEmpty() ? null : Locator.read(t);
    }

    private NoteCitation opCit(String before, String after) {
        Map<String, Object> work = new LinkedHashMap<>();
        List<Field> fields = NoteFields.split(before);
        for (Field f : fields) {
            if (f.is(NoteFields.Kind.QUOTED) || f.is(NoteFields.Kind.ITALIC)) {
                work.putIfAbsent("title", f.text());
            } else if (f.is(NoteFields.Kind.PLAIN) && !work.containsKey("author")) {
                List<Map<String, Object>> names = Contributors.parse(f.text());
                if (!names.isEmpty()) {
                    work.put("author", new ArrayList<Object>(names));
                }
            }
        }
        Locator loc = locatorOf(after);
        return new NoteCitation(work, loc == null ? null : loc.value(), loc == null ? null : loc.label(), Kind.OP_CIT);
    }

    private static NoteCitation legalCase(Matcher m) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("type", "legal_case");
        work.put("title", m.group(1).strip());
        work.put("container-title", m.group(3).strip());
        work.put("volume", m.group(2));
        work.put("page", m.group(4));
        if (m.group(6) != null && !m.group(6).isBlank()) {
            work.put("authority", m.group(6).strip());
        }
        work.put("issued", dateParts(List.of(Integer.parseInt(m.group(7)))));
        String pin = m.group(5);
        return new NoteCitation(work, pin, pin == null ? null : "page", Kind.FULL);
    }

    /** What a full or short citation gives, gathered field by field. */
    private static final class Draft {
        List<Object> authors;
        List<Object> editors;
        List<Object> translators;
        String title;
        String container;
        String publisher;
        String place;
        List<Integer> issued;
        String volume;
        String issue;
        String number;
        String genre;
        String url;
        String doi;
        List<Integer> accessed;
        boolean inContainer;
        boolean titleMarked;
        boolean authorsAreEditors;
        Locator locator;
        boolean labelledLocator;
        boolean sawDate;
    }

    private NoteCitation work(String segment, List<String> problems) {
        Draft d = new Draft();
        String s = takeLinks(segment, d, problems);
        s = repairUnopenedQuote(s);
        List<Field> fields = new ArrayList<>(NoteFields.split(s));
        fields.removeIf(f -> f.text().isBlank());
        if (fields.isEmpty()) {
            return d.url != null || d.doi != null ? build(d, Kind.FULL) : null;
        }
        takeLocator(fields, d);
        mergeDates(fields);
        int next = takeAuthors(fields, d);
        if (d.authors != null && fields.size() == next && d.locator != null && !d.labelledLocator
                && authorYear(d)) {
            return build(d, Kind.SHORT);
        }
        for (int i = next; i < fields.size(); i++) {
            classify(fields, i, d, problems);
        }
        if (d.title == null && d.container != null && !d.inContainer && d.volume == null && d.issue == null) {
            d.title = d.container;
            d.container = null;
        }
        if (!isCitation(d)) {
            return null;
        }
        return build(d, isShort(d) ? Kind.SHORT : Kind.FULL);
    }

    /** "Smith 2004" as an author field: takes the year out of the author. */
    private static boolean authorYear(Draft d) {
        return d.issued != null;
    }

    /** Whether the text has a word {@link #ACCESSED} needs; a cheap test that spares most notes the pattern. */
    private static boolean mayNameAnAccessDate(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("accessed") || lower.contains("retrieved") || lower.contains("viewed")
                || lower.contains("consulted");
    }

    private static String takeLinks(String segment, Draft d, List<String> problems) {
        String s = segment;
        Matcher acc = ACCESSED.matcher(s);
        if (mayNameAnAccessDate(s) && acc.find()) {
            DateText.Reading r = DateText.read(acc.group(1));
            if (r != null && r.valid()) {
                d.accessed = r.parts();
            }
            s = s.substring(0, acc.start()) + s.substring(acc.end());
        }
        Matcher u = URL.matcher(s);
        if (u.find()) {
            String url = u.group();
            while (!url.isEmpty() && ".,;:)]>".indexOf(url.charAt(url.length() - 1)) >= 0
                    && !(url.endsWith(")") && url.indexOf('(') >= 0)) {
                url = url.substring(0, url.length() - 1);
            }
            String before = AVAILABLE.matcher(s.substring(0, u.start())).replaceFirst("");
            String after = s.substring(u.start() + url.length());
            s = before + (after.isBlank() ? "" : ", " + after);
            Matcher doiInUrl = DOI.matcher(url);
            if (url.toLowerCase(Locale.ROOT).contains("doi.org/") && doiInUrl.find()) {
                d.doi = doiInUrl.group(1);
            } else {
                d.url = url.startsWith("www.") ? "https://" + url : url;
            }
        }
        Matcher doi = DOI.matcher(s);
        if (d.doi == null && s.contains("10.") && doi.find()) {
            String value = doi.group(1);
            while (!value.isEmpty() && ".,;:)]".indexOf(value.charAt(value.length() - 1)) >= 0) {
                value = value.substring(0, value.length() - 1);
            }
            d.doi = value;
            s = s.substring(0, doi.start()) + s.substring(doi.start() + doi.group().length() - (doi.group(1).length() - value.length()));
        }
        return s;
    }

    /**
     * A closing quote with no opening one ("Org, Title of the Report,” 2000") gets its opening quote at the start of
     * the field it closes, so that the title is read as quoted.
     */
    static String repairUnopenedQuote(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                if (open > 0) {
                    open--;
                    continue;
                }
                int end = i;
                while (end > 0 && ",.;: ".indexOf(s.charAt(end - 1)) >= 0) {
                    end--;
                }
                // the field that ends here starts after the last top-level comma before it that ends a name
                int comma = s.lastIndexOf(", ", end);
                int depth = 0;
                for (int k = end - 1; k > comma && k >= 0; k--) {
                    if (s.charAt(k) == ')') {
                        depth++;
                    } else if (s.charAt(k) == '(') {
                        depth--;
                    }
                }
                int start = comma < 0 || depth != 0 ? 0 : comma + 2;
                // a title may itself contain commas: go back while the earlier fields do not look like names
                while (start > 0) {
                    int previous = s.lastIndexOf(", ", start - 3);
                    String field = s.substring(previous < 0 ? 0 : previous + 2, start - 2);
                    if (previous < 0 || Contributors.looksLikeNames(field)) {
                        break;
                    }
                    start = previous + 2;
                }
                if (start == 0 && comma >= 0) {
                    start = comma + 2;
                }
                return s.substring(0, start) + "“" + s.substring(start);
            }
        }
        return s;
    }

    private static void takeLocator(List<Field> fields, Draft d) {
        Field last = fields.get(fields.size() - 1);
        if (!last.is(NoteFields.Kind.PLAIN) && !last.is(NoteFields.Kind.PAREN)) {
            return;
        }
        if (last.is(NoteFields.Kind.PAREN)) {
            // author-date: "Smith (2004: 12)", "Smith (2004, p. 5)"
            Matcher m = YEAR_LOCATOR.matcher(last.text());
            if (m.matches()) {
                Locator loc = Locator.read(m.group(2));
                if (loc != null) {
                    d.locator = loc;
                    d.labelledLocator = !Character.isDigit(m.group(2).strip().charAt(0));
                    fields.set(fields.size() - 1, new Field(m.group(1), NoteFields.Kind.PAREN));
                }
            }
            return;
        }
        String text = last.text();
        Locator loc = Locator.read(text);
        if (loc == null) {
            // "no. 3 (2004): 45" leaves ": 45" after the parenthesis; "Smith 2004: 12"
            int colon = text.lastIndexOf(':');
            if (colon >= 0) {
                Locator tail = Locator.read(text.substring(colon + 1));
                if (tail != null && !tail.couldBeYear()) {
                    d.locator = tail;
                    d.labelledLocator = !Character.isDigit(text.substring(colon + 1).strip().charAt(0));
                    String head = text.substring(0, colon).strip();
                    if (head.isEmpty()) {
                        fields.remove(fields.size() - 1);
                    } else {
                        fields.set(fields.size() - 1, new Field(head, NoteFields.Kind.PLAIN));
                    }
                }
            }
            return;
        }
        boolean labelled = !Character.isDigit(stripLead(text).charAt(0));
        if (!labelled && loc.couldBeYear() && !hasOtherYear(fields)) {
            return;
        }
        if (fields.size() == 1) {
            return;
        }
        d.locator = loc;
        d.labelledLocator = labelled;
        fields.remove(fields.size() - 1);
    }

    private static String stripLead(String t) {
        String s = t.strip();
        while (!s.isEmpty() && (s.charAt(0) == ':' || s.charAt(0) == ',')) {
            s = s.substring(1).strip();
        }
        return s.isEmpty() ? "x" : s;
    }

    private static boolean hasOtherYear(List<Field> fields) {
        for (int i = 0; i < fields.size() - 1; i++) {
            Field f = fields.get(i);
            if (!f.is(NoteFields.Kind.QUOTED) && !f.is(NoteFields.Kind.ITALIC)
                    && Pattern.compile("\\b(1[4-9]\\d\\d|20\\d\\d)\\b").matcher(f.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "March 24" followed by "2000" is one date. */
    private static void mergeDates(List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (a.is(NoteFields.Kind.PLAIN) && b.is(NoteFields.Kind.PLAIN) && DateText.isYear(b.text())) {
                String joined = a.text() + ", " + b.text();
                DateText.Reading r = DateText.read(joined);
                if (r != null && a.text().matches("(?i).*\\p{L}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?")) {
                    fields.set(i, new Field(joined, NoteFields.Kind.PLAIN));
                    fields.remove(i + 1);
                }
            }
        }
    }

    /** Reads the authors at the start; returns the index of the first field after them. */
    private static int takeAuthors(List<Field> fields, Draft d) {
        Field first = fields.get(0);
        if (!first.is(NoteFields.Kind.PLAIN)) {
            return 0;
        }
        int mla = mlaAuthors(fields, d);
        if (mla > 0) {
            return mla;
        }
        int titleAt = -1;
        for (int i = 1; i < fields.size(); i++) {
            if (fields.get(i).is(NoteFields.Kind.QUOTED) || fields.get(i).is(NoteFields.Kind.ITALIC)) {
                titleAt = i;
                break;
            }
        }
        int end;
        if (titleAt > 0 && allNames(fields, 0, titleAt)) {
            end = titleAt;
        } else if (titleAt == 1) {
            end = 1;
        } else {
            String text = first.text();
            Matcher ay = AUTHOR_YEAR.matcher(text);
            if (ay.matches() && Contributors.looksLikeNames(ay.group(1))) {
                d.authors = new ArrayList<>(Contributors.parse(ay.group(1)));
                d.issued = List.of(Integer.parseInt(ay.group(2)));
                return 1;
            }
            if (fields.size() > 1 && fields.get(1).is(NoteFields.Kind.PAREN) && DateText.isYear(fields.get(1).text())
                    && Contributors.looksLikeNames(text)) {
                d.authors = new ArrayList<>(Contributors.parse(text));
                d.issued = List.of(Integer.parseInt(fields.get(1).text().strip().substring(0, 4)));
                return 2;
            }
            if (!Contributors.looksLikeNames(text) || fields.size() == 1) {
                return 0;
            }
            end = 1;
            // "X, Y and Z, Title..." or "X, Y, and Z, Title..."
            if (fields.size() > 2 && !text.contains(" and ") && Contributors.looksLikeNames(fields.get(1).text())
                    && fields.get(1).is(NoteFields.Kind.PLAIN) && !Contributors.isOrganisation(text)
                    && (fields.get(1).text().contains(" and ") || fields.get(1).text().startsWith("and "))) {
                end = 2;
            }
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < end; i++) {
            names.append(i == 0 ? "" : ", ").append(fields.get(i).text());
        }
        String authorText = names.toString();
        Matcher eds = EDITORS_AFTER.matcher(authorText);
        if (eds.matches() && !Contributors.isOrganisation(authorText)) {
            authorText = eds.group(1);
            d.authorsAreEditors = true;
        }
        List<Map<String, Object>> parsed = Contributors.parse(authorText);
        if (parsed.isEmpty()) {
            return 0;
        }
        d.authors = new ArrayList<>(parsed);
        if (end < fields.size() && fields.get(end).is(NoteFields.Kind.PLAIN)
                && fields.get(end).text().matches("(?i)eds?\\.?")) {
            d.authorsAreEditors = true;
            end++;
        }
        return end;
    }

    private static boolean allNames(List<Field> fields, int from, int to) {
        for (int i = from; i < to; i++) {
            Field f = fields.get(i);
            if (!f.is(NoteFields.Kind.PLAIN) || !Contributors.looksLikeNames(f.text())
                    && !f.text().matches("(?i)eds?\\.?")) {
                return false;
            }
        }
        return true;
    }

    /** "Smith, John. Title..." and "Smith, John, and Jane Doe. Title...": returns the next field, or 0. */
    private static int mlaAuthors(List<Field> fields, Draft d) {
        if (fields.size() < 2 || !fields.get(1).is(NoteFields.Kind.PLAIN)) {
            return 0;
        }
        String family = fields.get(0).text();
        if (!family.matches("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?") || Contributors.isOrganisation(family)) {
            return 0;
        }
        Field second1 = fields.get(1);
        Matcher given = MLA_GIVEN.matcher(second1.period() ? second1.text() + "." : second1.text());
        boolean andFollows = fields.size() > 2 && fields.get(2).is(NoteFields.Kind.PLAIN)
                && fields.get(2).text().startsWith("and ") && fields.get(1).text().matches("\\p{Lu}[\\p{L}.'’\\- ]*");
        if (!given.matches() && !andFollows) {
            return 0;
        }
        List<Object> authors = new ArrayList<>();
        int next;
        if (andFollows) {
            authors.add(Contributors.inverted(family, fields.get(1).text()));
            Matcher second = Pattern.compile("^and\\s+(.+?)\\.(?:\\s+(.*))?$").matcher(fields.get(2).text());
            if (!second.matches()) {
                return 0;
            }
            authors.addAll(Contributors.parse(second.group(1)));
            next = 3;
            if (second.group(2) != null && !second.group(2).isBlank()) {
                fields.set(2, new Field(second.group(2), NoteFields.Kind.PLAIN));
                next = 2;
            }
        } else {
            authors.add(Contributors.inverted(family, given.group(1)));
            next = 2;
            if (given.group(2) != null && !given.group(2).isBlank()) {
                fields.set(1, new Field(given.group(2), NoteFields.Kind.PLAIN));
                next = 1;
            }
        }
        d.authors = authors;
        // the rest is separated by periods as well as commas
        List<Field> rest = new ArrayList<>();
        for (int i = next; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.is(NoteFields.Kind.PLAIN)) {
                for (String part : SENTENCE_BREAK.split(f.text())) {
                    if (!part.isBlank()) {
                        rest.add(new Field(NoteFields.trimInnerPunctuation(part), NoteFields.Kind.PLAIN));
                    }
                }
            } else {
                rest.add(f);
            }
        }
        while (fields.size() > next) {
            fields.remove(fields.size() - 1);
        }
        fields.addAll(rest);
        if (next < fields.size() && fields.get(next).is(NoteFields.Kind.PLAIN)
                && !fields.get(next).text().matches("(?i)(?:in\\s.*|vol\\..*|no\\..*|\\d.*)")) {
            d.title = fields.get(next).text();
            return next + 1;
        }
        return next;
    }

    private static void classify(List<Field> fields, int i, Draft d, List<String> problems) {
        Field f = fields.get(i);
        String t = f.text().strip();
        if (t.isEmpty()) {
            return;
        }
        boolean beforeDate = i + 1 < fields.size() && isDate(fields.get(i + 1).text());
        switch (f.kind()) {
            case QUOTED -> {
                if (d.title == null) {
                    d.title = t;
                    d.titleMarked = true;
                } else if (d.container == null) {
                    d.container = t;
                }
            }
            case ITALIC -> {
                if (d.title == null) {
                    d.title = t;
                    d.titleMarked = true;
                } else if (d.container == null) {
                    d.container = t;
                    containerVolume(fields, i, d);
                } else if (d.inContainer && d.publisher == null) {
                    d.publisher = t;
                }
            }
            case PAREN -> classifyParen(t, d, problems);
            case PLAIN -> classifyPlain(fields, i, t, beforeDate, d, problems);
        }
    }

    private static boolean isDate(String t) {
        return DateText.read(t) != null;
    }

    private static void classifyParen(String t, Draft d, List<String> problems) {
        Matcher m = EDITORS_AFTER.matcher(t);
        if (m.matches() && Contributors.looksLikeNames(m.group(1))) {
            d.editors = new ArrayList<>(Contributors.parse(m.group(1)));
            return;
        }
        m = EDITORS_BEFORE.matcher(t);
        if (m.matches()) {
            d.editors = new ArrayList<>(Contributors.parse(m.group(1)));
            return;
        }
        List<Field> inner = NoteFields.split(t);
        for (int k = 0; k < inner.size(); k++) {
            Field f = inner.get(k);
            String text = f.text();
            boolean beforeDate = k + 1 < inner.size() && isDate(inner.get(k + 1).text());
            if (readDate(text, d, problems)) {
                continue;
            }
            Matcher pp = PLACE_PUBLISHER.matcher(text);
            if (pp.matches()) {
                d.place = pp.group(1).strip();
                d.publisher = pp.group(2).strip();
            } else if (EDITORS_BEFORE.matcher(text).matches()) {
                Matcher e = EDITORS_BEFORE.matcher(text);
                e.matches();
                d.editors = new ArrayList<>(Contributors.parse(e.group(1)));
            } else if (beforeDate || k == inner.size() - 1 && d.publisher == null && inner.size() > 1) {
                if (d.publisher == null) {
                    d.publisher = text;
                }
            } else if (inner.size() == 1 && DOCUMENT_SYMBOL.matcher(text).matches()) {
                d.number = text;
            }
        }
    }

    private static boolean readDate(String text, Draft d, List<String> problems) {
        DateText.Reading r = DateText.read(text);
        if (r == null) {
            return false;
        }
        d.sawDate = true;
        if (r.problem() != null) {
            problems.add(r.problem());
        }
        if (r.valid() && d.issued == null) {
            d.issued = r.parts();
        }
        return true;
    }

    private static void classifyPlain(List<Field> fields, int i, String t, boolean beforeDate, Draft d,
                                      List<String> problems) {
        Matcher m;
        if (readDate(t, d, problems)) {
            return;
        }
        if (t.equalsIgnoreCase("in")) {
            d.inContainer = true;
            return;
        }
        if ((m = EDITORS_BEFORE.matcher(t)).matches()) {
            d.editors = new ArrayList<>(Contributors.parse(m.group(1)));
            return;
        }
        if ((m = TRANSLATORS.matcher(t)).matches()) {
            d.translators = new ArrayList<>(Contributors.parse(m.group(1)));
            return;
        }
        if ((m = VOLUME.matcher(t)).matches()) {
            d.volume = m.group(1);
            return;
        }
        if ((m = ISSUE.matcher(t)).matches()) {
            d.issue = m.group(1);
            return;
        }
        if ((m = VOLUME_ISSUE.matcher(t)).matches() && d.container != null) {
            d.volume = m.group(1);
            d.issue = m.group(2);
            return;
        }
        if (t.matches("\\d{1,4}") && d.container != null && d.volume == null) {
            d.volume = t;
            return;
        }
        if ((m = DOCUMENT_SYMBOL.matcher(t)).matches()) {
            d.number = m.group(1);
            return;
        }
        if ((m = REPORT_NUMBER.matcher(t)).matches() && d.title != null) {
            d.genre = m.group(1);
            d.number = m.group(2);
            return;
        }
        if ((m = PLACE_PUBLISHER.matcher(t)).matches() && (beforeDate || i == fields.size() - 1)
                && m.group(2).split(" ").length <= 6 && d.title != null) {
            d.place = m.group(1).strip();
            d.publisher = m.group(2).strip();
            return;
        }
        if (t.matches("(?i)eds?\\.?")) {
            return;
        }
        String value = t;
        if (value.regionMatches(true, 0, "in ", 0, 3)) {
            d.inContainer = true;
            value = value.substring(3).strip();
        }
        if (d.title == null) {
            d.title = value;
        } else if (d.publisher == null && PUBLISHER.matcher(value).find() && (beforeDate || i == fields.size() - 1)) {
            d.publisher = value;
        } else if (d.container == null && !(beforeDate && d.editors != null)) {
            d.container = value;
            containerVolume(fields, i, d);
        } else if (d.publisher == null) {
            d.publisher = value;
        }
    }

    /** "Journal of X 12" before "no. 3" or "(2004)": the number is the volume. */
    private static void containerVolume(List<Field> fields, int i, Draft d) {
        Matcher m = CONTAINER_VOLUME.matcher(d.container);
        boolean journalFollows = i + 1 < fields.size() && (fields.get(i + 1).is(NoteFields.Kind.PAREN)
                || ISSUE.matcher(fields.get(i + 1).text()).matches());
        if (m.matches() && journalFollows && d.volume == null) {
            d.container = m.group(1).strip();
            d.volume = m.group(2);
        }
    }

    private static boolean isCitation(Draft d) {
        return d.titleMarked || d.issued != null || d.url != null || d.doi != null || d.volume != null
                || d.issue != null || d.publisher != null || d.container != null || d.labelledLocator
                || d.authors != null && d.title != null || d.number != null;
    }

    private static boolean isShort(Draft d) {
        return (d.title != null || d.authors != null) && d.container == null && d.publisher == null
                && d.place == null && d.volume == null && d.issue == null && d.url == null && d.doi == null
                && d.editors == null && d.number == null && !d.inContainer
                && (d.issued == null && !d.sawDate || d.title == null);
    }

    private static NoteCitation build(Draft d, Kind kind) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("type", kind == Kind.SHORT ? "document" : type(d));
        if (d.title != null) {
            w.put("title", d.title);
        }
        if (d.authors != null && !d.authorsAreEditors) {
            w.put("author", d.authors);
        }
        List<Object> editors = d.authorsAreEditors ? d.authors : d.editors;
        if (editors != null && !editors.isEmpty()) {
            w.put("editor", editors);
        }
        if (d.translators != null && !d.translators.isEmpty()) {
            w.put("translator", d.translators);
        }
        if (d.container != null) {
            w.put("container-title", d.container);
        }
        if (d.publisher != null) {
            w.put("publisher", d.publisher);
        }
        if (d.place != null) {
            w.put("publisher-place", d.place);
        }
        if (d.issued != null) {
            w.put("issued", dateParts(d.issued));
        }
        if (d.volume != null) {
            w.put("volume", d.volume);
        }
        if (d.issue != null) {
            if ("report".equals(w.get("type")) && d.number == null) {
                w.put("number", d.issue);
            } else {
                w.put("issue", d.issue);
            }
        }
        if (d.number != null) {
            w.put("number", d.number);
        }
        if (d.genre != null) {
            w.put("genre", d.genre);
        }
        if (d.url != null) {
            w.put("URL", d.url);
        }
        if (d.doi != null) {
            w.put("DOI", d.doi);
        }
        if (d.accessed != null) {
            w.put("accessed", dateParts(d.accessed));
        }
        Locator loc = d.locator;
        return new NoteCitation(w, loc == null ? null : loc.value(), loc == null ? null : loc.label(), kind);
    }

    private static String type(Draft d) {
        boolean organisation = d.authors != null && d.authors.size() == 1
                && ((Map<?, ?>) d.authors.get(0)).containsKey("literal");
        String container = d.container == null ? "" : d.container.toLowerCase(Locale.ROOT);
        if (d.container != null && (d.inContainer || d.editors != null) && d.volume == null) {
            return "chapter";
        }
        if (d.container != null && (d.volume != null || d.issue != null)) {
            return "article-journal";
        }
        if (d.container != null) {
            boolean fullDate = d.issued != null && d.issued.size() == 3;
            if (NEWSPAPER_WORDS.stream().anyMatch(container::contains) && (fullDate || d.issued == null)
                    || fullDate && d.url == null) {
                return "article-newspaper";
            }
            if (d.url != null) {
                return "webpage";
            }
            if (JOURNAL_WORDS.stream().anyMatch(container::contains)) {
                return "article-journal";
            }
            return "article";
        }
        if (d.number != null || organisation && d.publisher == null) {
            return "report";
        }
        if (d.publisher != null || d.place != null) {
            return "book";
        }
        if (d.url != null) {
            return "webpage";
        }
        if (d.doi != null) {
            return "article-journal";
        }
        return d.titleMarked && d.title != null ? "book" : "document";
    }

    private static Map<String, Object> dateParts(List<Integer> parts) {
        Map<String, Object> date = new LinkedHashMap<>();
        List<Object> inner = new ArrayList<>(parts);
        List<Object> outer = new ArrayList<>();
        outer.add(inner);
        date.put("date-parts", outer);
        return date;
    }
}

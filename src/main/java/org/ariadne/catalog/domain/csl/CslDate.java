package org.ariadne.catalog.domain.csl;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSL date, read from a CSL date object: a day, month, season or year, or a range of two of them, perhaps circa; or a
 * literal that is not a date ("in press"). Immutable. Display is English ("24 March 2006"); styles render dates
 * themselves, this is for the catalogue's own pages, sorting and matching.
 *
 * <p>Seasons may be given as months 13-16 (citeproc-js) or 21-24 (EDTF), or in {@code season} (1-4 or a word).
 * A year 0 as the end of a range means an open range ("1987–").
 */
public final class CslDate {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] SEASONS = {"Spring", "Summer", "Autumn", "Winter"};

    private static final Pattern ISO = Pattern.compile("^(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{3,4})\\s*[-\u2013\u2014]\\s*(\\d{3,4})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?,?\\s+(-?\\d{1,4})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(-?\\d{1,4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(\\p{L}+)\\.?,?\\s+(-?\\d{1,4})$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
    private static final Pattern CIRCA = Pattern.compile("^(?:c\\.|ca\\.?|circa|approx\\.?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_SPLIT = Pattern.compile("\\s*/\\s*|\\s+[-\u2013\u2014]\\s+|\\s*[\u2013\u2014]\\s*|\\s+to\\s+");

    /** One end of a date: year, and month, day, season where known (0 = not known). */
    private record Point(int year, int month, int day, int season) {
        boolean hasDay() {
            return month > 0 && day > 0;
        }
    }

    private final Point start;
    private final Point end;
    private final boolean openEnd;
    private final boolean circa;
    private final String seasonText;
    private final String literal;

    private CslDate(Point start, Point end, boolean openEnd, boolean circa, String seasonText, String literal) {
        this.start = start;
        this.end = end;
        this.openEnd = openEnd;
        this.circa = circa;
        this.seasonText = seasonText == null ? "" : seasonText.strip();
        this.literal = literal == null ? "" : literal.strip();
    }

    // ---------------------------------------------------------------- construction

    public static CslDate ofYear(int year) {
        return new CslDate(new Point(year, 0, 0, 0), null, false, false, "", "");
    }

    /**
     * A date from year, month, day (1-3 numbers). Months 13-16 and 21-24 are seasons.
     *
     * @throws IllegalArgumentException for no parts, more than 3, or a month or day that cannot be
     */
    public static CslDate ofParts(int... parts) {
        if (parts == null || parts.length < 1 || parts.length > 3) {
            throw new IllegalArgumentException("A date has 1 to 3 parts: year, month, day");
        }
        Optional<Point> point = point(parts[0], parts.length > 1 ? parts[1] : 0, parts.length > 2 ? parts[2] : 0, true);
        return new CslDate(point.orElseThrow(() -> new IllegalArgumentException(
                "Not a date: " + java.util.Arrays.toString(parts))), null, false, false, "", "");
    }

    /** A range between two dates (their own ranges, literals and circa are ignored). */
    public static CslDate ofRange(CslDate from, CslDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.start == null || to.start == null) {
            throw new IllegalArgumentException("Both ends of a range need a year");
        }
        return new CslDate(from.start, to.start, false, false, "", "");
    }

    /** A date that is only words ("in press", "n.d."). */
    public static CslDate literal(String text) {
        return new CslDate(null, null, false, false, "", text);
    }

    /**
     * The date in a CSL date object ({@code date-parts}, {@code season}, {@code circa}, {@code literal}, {@code raw}).
     * Lenient: parts given as strings are read as numbers, impossible months or days are left out, a {@code raw} date is
     * parsed ({@link #parse(String)}). Empty when there is nothing to show: no year, no literal, no raw.
     */
    public static Optional<CslDate> of(Map<String, ?> csl) {
        if (csl == null) {
            return Optional.empty();
        }
        String literal = csl.get("literal") instanceof String s ? s.strip() : "";
        boolean circa = CslItems.truthy(csl.get("circa"));
        Object seasonValue = csl.get("season");
        int seasonNumber = 0;
        String seasonText = "";
        if (seasonValue instanceof Number || seasonValue instanceof String) {
            Optional<Integer> n = integer(seasonValue);
            if (n.isPresent() && n.get() >= 1 && n.get() <= 4) {
                seasonNumber = n.get();
            } else if (n.isEmpty() && seasonValue instanceof String s) {
                seasonText = s;
            }
        }
        Point start = null;
        Point end = null;
        boolean openEnd = false;
        if (csl.get("date-parts") instanceof List<?> ranges && !ranges.isEmpty()) {
            start = readPoint(ranges.get(0)).orElse(null);
            if (start != null && ranges.size() > 1) {
                Object second = ranges.get(1);
                if (second instanceof List<?> l && !l.isEmpty() && integer(l.get(0)).filter(y -> y == 0).isPresent()) {
                    openEnd = true;
                } else {
                    end = readPoint(second).orElse(null);
                }
            }
        }
        if (start != null) {
            if (seasonNumber > 0 && start.month == 0) {
                start = new Point(start.year, 0, 0, seasonNumber);
            }
            if (end != null && end.equals(start)) {
                end = null;
            }
            return Optional.of(new CslDate(start, end, openEnd, circa, start.season == 0 ? seasonText : "", literal));
        }
        if (csl.get("raw") instanceof String raw && !raw.isBlank()) {
            CslDate parsed = parse(raw);
            return Optional.of(literal.isEmpty() ? parsed : new CslDate(parsed.start, parsed.end, parsed.openEnd,
                    parsed.circa || circa, parsed.seasonText, literal));
        }
        if (!literal.isEmpty()) {
            return Optional.of(literal(literal));
        }
        return Optional.empty();
    }

    private static Optional<Point> readPoint(Object parts) {
        if (!(parts instanceof List<?> list) || list.isEmpty() || list.size() > 3) {
            return Optional.empty();
        }
        Optional<Integer> year = integer(list.get(0));
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int month = list.size() > 1 ? integer(list.get(1)).orElse(0) : 0;
        int day = list.size() > 2 ? integer(list.get(2)).orElse(0) : 0;
        return point(year.get(), month, day, false).or(() -> point(year.get(), 0, 0, false));
    }

    /** A point if the parts can be one; a month that is a season code becomes the season. */
    private static Optional<Point> point(int year, int month, int day, boolean strict) {
        if (month == 0 && day != 0) {
            return Optional.empty();
        }
        int season = seasonOfMonth(month);
        if (season > 0) {
            return day != 0 && strict ? Optional.empty() : Optional.of(new Point(year, 0, 0, season));
        }
        if (month < 0 || month > 12) {
            return Optional.empty();
        }
        if (day != 0 && !dayExists(year, month, day)) {
            return strict ? Optional.empty() : Optional.of(new Point(year, month, 0, 0));
        }
        return Optional.of(new Point(year, month, day, 0));
    }

    /** The season 1-4 that a month value 13-16 or 21-24 stands for, else 0. */
    static int seasonOfMonth(int month) {
        if (month >= 13 && month <= 16) {
            return month - 12;
        }
        if (month >= 21 && month <= 24) {
            return month - 20;
        }
        return 0;
    }

    static boolean dayExists(int year, int month, int day) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        try {
            return day <= YearMonth.of(year, month).lengthOfMonth();
        } catch (DateTimeException e) {
            return day <= 31;
        }
    }

    /** A whole number from a JSON number or a string of digits (sign allowed); empty otherwise, "" included. */
    static Optional<Integer> integer(Object value) {
        try {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return Optional.of(Math.toIntExact(((Number) value).longValue()));
            }
            if (value instanceof BigDecimal b) {
                return Optional.of(b.intValueExact());
            }
            if (value instanceof java.math.BigInteger b) {
                return Optional.of(b.intValueExact());
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? Optional.of((int) d) : Optional.empty();
            }
            if (value instanceof String s && s.strip().matches("[-+]?\\d{1,9}")) {
                return Optional.of(Integer.parseInt(s.strip()));
            }
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }


    /**
     * Reads a date written as text when it clearly is one: "2006-03-24", "2006-03", "2006", "24 March 2006",
     * "March 24, 2006", "March 2006", "Mar. 2006", "Spring 2004", "24.03.2006", EDTF intervals "2004/2006", ranges
     * "2004–2006" and "Spring 1999 - Summer 2001", "c. 1850" (circa) and "2005~". Anything else, including ambiguous
     * forms like "03/04/2006", becomes a literal date that shows the text as given.
     */
    public static CslDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return literal("");
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        boolean circa = false;
        Matcher c = CIRCA.matcher(s);
        if (c.find()) {
            circa = true;
            s = s.substring(c.end());
        }
        if (s.endsWith("~") || s.endsWith("%")) {
            circa = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher years = YEAR_RANGE.matcher(s);
        if (years.matches()) {
            return range(new Point(Integer.parseInt(years.group(1)), 0, 0, 0),
                    new Point(Integer.parseInt(years.group(2)), 0, 0, 0), circa);
        }
        Optional<Point> single = parsePoint(s);
        if (single.isPresent()) {
            return new CslDate(single.get(), null, false, circa, "", "");
        }
        String[] halves = RANGE_SPLIT.split(s, -1);
        if (halves.length == 2) {
            Optional<Point> from = parsePoint(halves[0]);
            if (from.isPresent() && (halves[1].isEmpty() || halves[1].equals(".."))) {
                return new CslDate(from.get(), null, true, circa, "", "");
            }
            Optional<Point> to = parsePoint(halves[1]).or(() -> parsePoint(halves[1] + " " + yearOf(halves[0])));
            Optional<Point> fromWithYear = from.or(() -> parsePoint(halves[0] + " " + yearOf(halves[1])));
            if (fromWithYear.isPresent() && to.isPresent()) {
                return range(fromWithYear.get(), to.get(), circa);
            }
        }
        return literal(raw);
    }

    private static String yearOf(String text) {
        Matcher m = Pattern.compile("(-?\\d{3,4})$").matcher(text.strip());
        return m.find() ? m.group(1) : "";
    }

    private static CslDate range(Point from, Point to, boolean circa) {
        return new CslDate(from, from.equals(to) ? null : to, false, circa, "", "");
    }

    private static Optional<Point> parsePoint(String text) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(1).replace("-", "").length() < 3) {
                return Optional.empty();
            }
            return point(year, month, day, true);
        }
        m = DOTTED.matcher(s);
        if (m.matches()) {
            return point(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), true);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(2));
            return month == 0 ? Optional.empty()
                    : point(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), true);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(1));
            return month == 0 ? Optional.empty()
                    : point(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), true);
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            int month = monthNumber(m.group(1));
            if (month > 0) {
                return point(year, month, 0, true);
            }
            int season = seasonNumber(m.group(1));
            return season == 0 ? Optional.empty() : Optional.of(new Point(year, 0, 0, season));
        }
        return Optional.empty();
    }

    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("sept")) {
            return 9;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            String month = MONTHS[i].toLowerCase(Locale.ROOT);
            if (w.equals(month) || (w.length() == 3 && month.startsWith(w))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int seasonNumber(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "autumn", "fall" -> 3;
            case "winter" -> 4;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- reading

    /** The (first) year; empty for a literal date. */
    public Optional<Integer> year() {
        return start == null ? Optional.empty() : Optional.of(start.year);
    }

    /** The (first) month 1-12; empty when not known or a season. */
    public Optional<Integer> month() {
        return start == null || start.month == 0 ? Optional.empty() : Optional.of(start.month);
    }

    /** The (first) day 1-31; empty when not known. */
    public Optional<Integer> day() {
        return start == null || !start.hasDay() ? Optional.empty() : Optional.of(start.day);
    }

    /** The season in words ("Spring"), from a season month, a season number or a season word as given. */
    public Optional<String> season() {
        if (start != null && start.season > 0) {
            return Optional.of(SEASONS[start.season - 1]);
        }
        return seasonText.isEmpty() ? Optional.empty() : Optional.of(seasonText);
    }

    /** The end of a range; empty for a single date and an open range. */
    public Optional<CslDate> end() {
        return end == null ? Optional.empty() : Optional.of(new CslDate(end, null, false, false, "", ""));
    }

    public boolean isRange() {
        return end != null || openEnd;
    }

    public boolean isOpenRange() {
        return openEnd;
    }

    public boolean isCirca() {
        return circa;
    }

    /** The literal text of the date, when it has one. */
    public Optional<String> literalText() {
        return literal.isEmpty() ? Optional.empty() : Optional.of(literal);
    }

    /** Whether there is a year (a date that is only a literal has none). */
    public boolean hasYear() {
        return start != null;
    }

    /**
     * A key that sorts dates in time order as text: "2006-03-24", "2006-03-00", "2006-00-00"; a range sorts by its
     * start, a season as its year. Years are four digits (negative years get a minus and do not sort right as text).
     * A literal-only date gives "".
     */
    public String sortKey() {
        if (start == null) {
            return "";
        }
        String year = start.year < 0 ? String.format(Locale.ROOT, "-%04d", -start.year)
                : String.format(Locale.ROOT, "%04d", start.year);
        return year + String.format(Locale.ROOT, "-%02d-%02d", start.month, start.hasDay() ? start.day : 0);
    }

    /**
     * The date in English for people: "2006", "March 2006", "24 March 2006", "Spring 2004", "2004–2006",
     * "10–23 August 2003", "3 August – 23 October 2003", "1987–", "c. 1850"; a literal as given.
     */
    public String display() {
        if (!literal.isEmpty() || start == null) {
            return literal;
        }
        String text;
        if (openEnd) {
            text = show(start, true) + "\u2013";
        } else if (end == null) {
            text = show(start, true);
        } else if (start.year == end.year && start.hasDay() && end.hasDay() && start.month == end.month) {
            text = start.day + "\u2013" + end.day + " " + MONTHS[start.month - 1] + " " + showYear(start.year);
        } else if (start.year == end.year && start.hasDay() && end.hasDay()) {
            text = show(start, false) + " \u2013 " + show(end, true);
        } else if (start.year == end.year && (start.month > 0 || start.season > 0) && (end.month > 0 || end.season > 0)
                && !start.hasDay() && !end.hasDay()) {
            text = show(start, false) + "\u2013" + show(end, true);
        } else {
            boolean spaced = start.hasDay() || end.hasDay();
            text = show(start, true) + (spaced ? " \u2013 " : "\u2013") + show(end, true);
        }
        if (seasonText.length() > 0 && start.month == 0 && start.season == 0) {
            text = seasonText + " " + text;
        }
        return circa ? "c. " + text : text;
    }

    private static String show(Point p, boolean withYear) {
        StringBuilder out = new StringBuilder();
        if (p.hasDay()) {
            out.append(p.day).append(' ');
        }
        if (p.month > 0) {
            out.append(MONTHS[p.month - 1]);
        } else if (p.season > 0) {
            out.append(SEASONS[p.season - 1]);
        }
        if (withYear) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(showYear(p.year));
        }
        return out.toString();
    }

    private static String showYear(int year) {
        return year < 0 ? -year + " BC" : String.valueOf(year);
    }

    /**
     * The date as a CSL date object: {@code date-parts} (seasons as months 21-24), {@code circa}, {@code season} (a
     * season word), {@code literal}. For storing what {@link #parse(String)} read from a raw date.
     */
    public Map<String, Object> toCsl() {
        Map<String, Object> csl = new LinkedHashMap<>();
        if (start != null) {
            List<Object> ranges = new ArrayList<>();
            ranges.add(parts(start));
            if (end != null) {
                ranges.add(parts(end));
            } else if (openEnd) {
                ranges.add(List.of(0));
            }
            csl.put("date-parts", ranges);
            if (!seasonText.isEmpty() && start.month == 0 && start.season == 0) {
                csl.put("season", seasonText);
            }
            if (circa) {
                csl.put("circa", Boolean.TRUE);
            }
        }
        if (!literal.isEmpty()) {
            csl.put("literal", literal);
        }
        return csl;
    }

    private static List<Object> parts(Point p) {
        List<Object> parts = new ArrayList<>();
        parts.add(p.year);
        if (p.season > 0) {
            parts.add(20 + p.season);
        } else if (p.month > 0) {
            parts.add(p.month);
            if (p.day > 0) {
                parts.add(p.day);
            }
        }
        return List.copyOf(parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CslDate other && Objects.equals(start, other.start) && Objects.equals(end, other.end)
                && openEnd == other.openEnd && circa == other.circa && seasonText.equals(other.seasonText)
                && literal.equals(other.literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, openEnd, circa, seasonText, literal);
    }

    @Override
    public String toString() {
        return display();
    }
}

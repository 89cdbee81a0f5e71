package org.ariadne.footnotes.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as notes write them: "2006", "March 24, 2000", "24 March 2000", "24/03/2000", "2000-03-24", "Spring 2004". */
final class DateText {

    /** A date read from a note: its CSL date-parts, or the problem that keeps it from being a date. */
    record Reading(List<Integer> parts, String problem) {
        boolean valid() {
            return parts != null;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern YEAR = Pattern.compile("(?:c\\.\\s*)?(1[4-9]\\d\\d|20\\d\\d)[a-z]?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern SEASON_YEAR = Pattern.compile("(?i)(?:Spring|Summer|Autumn|Fall|Winter)\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[/.](\\d{1,2})[/.](\\d{1,4})");

    private DateText() {
    }

    /** The reading of a whole field as a date, or null when the field is not written as a date at all. */
    static Reading read(String field) {
        String t = field.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return new Reading(List.of(Integer.parseInt(m.group(1))), null);
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            return ymd(t, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return ymd(t, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return new Reading(List.of(Integer.parseInt(m.group(2)), month(m.group(1))), null);
        }
        if ((m = SEASON_YEAR.matcher(t)).matches()) {
            return new Reading(List.of(Integer.parseInt(m.group(1))), null);
        }
        if ((m = ISO.matcher(t)).matches()) {
            return ymd(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = NUMERIC.matcher(t)).matches()) {
            return numeric(t, m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static Reading numeric(String text, String a, String b, String c) {
        if (a.length() == 4) {
            return ymd(text, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
        }
        if (c.length() != 4 || a.length() > 2) {
            return invalid(text);
        }
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        int year = Integer.parseInt(c);
        if (first > 12) {
            return ymd(text, year, second, first);
        }
        if (second > 12) {
            return ymd(text, year, first, second);
        }
        if (first == second) {
            return ymd(text, year, first, first);
        }
        Reading check = ymd(text, year, second, first);
        if (!check.valid()) {
            return check;
        }
        return new Reading(List.of(year), "The date \"" + text + "\" could be day/month or month/day; only the year "
                + year + " was kept.");
    }

    private static Reading ymd(String text, int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return new Reading(List.of(year, month, day), null);
        } catch (DateTimeException notADate) {
            return invalid(text);
        }
    }

    private static Reading invalid(String text) {
        return new Reading(null, "The date \"" + text + "\" is not a valid date.");
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 1);
    }

    /** Whether the text is only a year (1400-2099). */
    static boolean isYear(String text) {
        return YEAR.matcher(text.strip()).matches();
    }
}

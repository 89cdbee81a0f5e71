package org.ariadne.footnotes.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locator as notes write it ("p. 10", "pp. 17-18", "para. 63", "§ 4", "at 45", ", 12"), split into its value
 * and its CSL locator term.
 *
 * @param value the locator without its label word
 * @param label the CSL locator term
 */
record Locator(String value, String label) {

    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("p", "page"), Map.entry("pp", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
            Map.entry("pg", "page"), Map.entry("pgs", "page"), Map.entry("at", "page"), Map.entry("s", "page"),
            Map.entry("para", "paragraph"), Map.entry("paras", "paragraph"), Map.entry("paragraph", "paragraph"),
            Map.entry("paragraphs", "paragraph"), Map.entry("¶", "paragraph"), Map.entry("¶¶", "paragraph"),
            Map.entry("ch", "chapter"), Map.entry("chap", "chapter"), Map.entry("chapter", "chapter"),
            Map.entry("chs", "chapter"), Map.entry("chapters", "chapter"),
            Map.entry("sec", "section"), Map.entry("secs", "section"), Map.entry("section", "section"),
            Map.entry("sections", "section"), Map.entry("§", "section"), Map.entry("§§", "section"),
            Map.entry("n", "note"), Map.entry("nn", "note"), Map.entry("note", "note"), Map.entry("notes", "note"),
            Map.entry("vol", "volume"), Map.entry("vols", "volume"), Map.entry("volume", "volume"),
            Map.entry("fol", "folio"), Map.entry("fols", "folio"), Map.entry("folio", "folio"),
            Map.entry("l", "line"), Map.entry("ll", "line"), Map.entry("line", "line"), Map.entry("lines", "line"),
            Map.entry("col", "column"), Map.entry("cols", "column"), Map.entry("column", "column"),
            Map.entry("fig", "figure"), Map.entry("figs", "figure"), Map.entry("figure", "figure"),
            Map.entry("pt", "part"), Map.entry("pts", "part"), Map.entry("part", "part"),
            Map.entry("tbl", "table"), Map.entry("table", "table"), Map.entry("app", "appendix"),
            Map.entry("appendix", "appendix"), Map.entry("bk", "book"), Map.entry("book", "book"),
            Map.entry("s.v", "sub-verbo"), Map.entry("sv", "sub-verbo"), Map.entry("v", "verse"),
            Map.entry("vv", "verse"), Map.entry("verse", "verse"), Map.entry("art", "article-locator"),
            Map.entry("article", "article-locator"));
    private static final String LABEL = "(pp|p|pages?|pgs?|paras?|paragraphs?|¶¶|¶|chapters?|chaps?|chs|ch|sections?"
            + "|secs?|§§|§|nn|notes?|n|vols?|volume|folio|fols?|lines?|ll|l|columns?|cols?|figures?|figs?|parts?|pts?"
            + "|tables?|tbl|appendix|app|books?|bk|s\\.\\s?v|sv|verses?|vv|v|articles?|art|at)";
    private static final String NUMBER = "(?:\\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)";
    private static final String RANGE = NUMBER + "(?:\\s*[-–—]\\s*" + NUMBER + ")?(?:\\s?ff?\\.?)?(?:\\s?nn?\\.?\\s?\\d+)?";
    private static final String LIST = RANGE + "(?:\\s*(?:,|&|and)\\s*" + RANGE + ")*";
    private static final Pattern LABELLED = Pattern.compile("(?i)" + LABEL + "(?:\\.\\s*|\\s+|(?<=[§¶])\\s*)(" + LIST + ")");
    private static final Pattern BARE = Pattern.compile("(\\d+[a-z]?(?:\\s*[-–—]\\s*\\d+[a-z]?)?)(?:\\s?ff?\\.?)?");

    /** The locator a whole field is, labelled ("pp. 17-18") or bare ("45", "45-47"), or null. */
    static Locator read(String field) {
        String t = strip(field);
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        Matcher m = LABELLED.matcher(t);
        if (m.matches()) {
            String word = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
            String term = TERMS.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
            String value = m.group(2).strip();
            if (term != null && !(term.equals("page") || term.equals("verse")) && value.matches("[IVXLCDM]+")
                    && word.length() == 1) {
                return null; // "v XVI" and the like are not locators
            }
            return term == null ? null : new Locator(value, term);
        }
        m = BARE.matcher(t);
        if (m.matches()) {
            return new Locator(t, "page");
        }
        return null;
    }

    /** Whether the locator is only a bare number that reads as a year. */
    boolean couldBeYear() {
        return DateText.isYear(value);
    }

    private static String strip(String s) {
        String t = NoteText.collapseSpaces(s).strip();
        while (!t.isEmpty() && (t.charAt(0) == ':' || t.charAt(0) == ',')) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && (t.endsWith(".") && !t.endsWith("ff.") && !t.endsWith("f.") || t.endsWith(",")
                || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}

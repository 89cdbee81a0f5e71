package org.ariadne.catalog.domain.csl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of text into matching keys: case, accents, punctuation and spacing no longer count. */
final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKUP = Pattern.compile("<[^<>]{1,40}>");

    private TextFolding() {
    }

    /**
     * Lower case, accents and ligatures folded to plain letters, every run of punctuation or space made one space, trimmed.
     * Apostrophes vanish without a space ("O'Brien" is "obrien"). Null gives "".
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKUP.matcher(text).replaceAll(" ");
        s = s.replace("'", "").replace("\u2019", "").replace("\u02bc", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = COMBINING_MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00df' -> out.append("ss");
                case '\u00e6' -> out.append("ae");
                case '\u0153' -> out.append("oe");
                case '\u00f8' -> out.append('o');
                case '\u0142' -> out.append('l');
                case '\u0111', '\u00f0' -> out.append('d');
                case '\u00fe' -> out.append("th");
                case '\u0131' -> out.append('i');
                default -> out.append(c);
            }
        }
        return NOT_LETTER_OR_DIGIT.matcher(out).replaceAll(" ").trim();
    }

    /** {@link #fold(String)} with all spaces removed. */
    static String foldCompact(String text) {
        return fold(text).replace(" ", "");
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

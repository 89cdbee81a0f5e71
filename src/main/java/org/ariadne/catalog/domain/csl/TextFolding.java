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
        return isPlainAscii(text) ? foldAscii(text) : foldAny(text);
    }

    /** {@link #fold(String)} for any text: markup, apostrophes, NFKD, marks, case, ligatures, then runs of the rest. */
    static String foldAny(String text) {
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

    /** ASCII without markup: nothing to normalise, no marks, no ligatures; what the regexes would do, in one pass. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '<') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #fold(String)} for plain ASCII (called per name and title of every imported entry, where the regular
     * expressions were the largest cost): apostrophes dropped, letters lower-cased, each run of anything else one space.
     */
    private static String foldAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                continue;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
            } else {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #fold(String)} with all spaces removed. */
    static String foldCompact(String text) {
        return fold(text).replace(" ", "");
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

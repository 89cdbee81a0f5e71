package org.ariadne.catalog.domain.csl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which different spellings of one title or volume meet, for finding duplicates on import and matching
 * footnote citations to catalogued works. Total: null gives "".
 */
public final class MatchKeys {

    private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");
    private static final Pattern VOLUME_WORD = Pattern.compile("^(?:volume|vol|bd|band|tome|tomo|t|v)(?:\\.\\s*|\\s+)(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROMAN = Pattern.compile("^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");

    private MatchKeys() {
    }

    /**
     * The title folded for matching: case and accents folded, markup ({@code <i>}) and punctuation removed, a leading
     * English article ("The", "A", "An") dropped, spaces collapsed. "The North Korean Refugee Crisis" and
     * "north korean refugee crisis" give "north korean refugee crisis". A title that is only an article keeps it.
     */
    public static String titleKey(String title) {
        String folded = TextFolding.fold(title);
        int space = folded.indexOf(' ');
        if (space > 0 && LEADING_ARTICLES.contains(folded.substring(0, space))) {
            return folded.substring(space + 1);
        }
        return folded;
    }

    /**
     * The volume folded for matching: a leading "Vol."/"Volume" dropped, Roman numerals read as numbers, leading zeros
     * dropped. "XVI", "xvi", "Vol. 16" and "016" all give "16"; other text is folded as in {@link #titleKey(String)}.
     */
    public static String volumeKey(String volume) {
        if (volume == null) {
            return "";
        }
        String s = VOLUME_WORD.matcher(volume.strip()).replaceFirst("").strip();
        if (s.matches("\\d+")) {
            return s.replaceFirst("^0+(?=\\d)", "");
        }
        String upper = s.toUpperCase(Locale.ROOT).replace(".", "");
        if (!upper.isEmpty() && ROMAN.matcher(upper).matches()) {
            return String.valueOf(romanValue(upper));
        }
        return TextFolding.fold(s);
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}

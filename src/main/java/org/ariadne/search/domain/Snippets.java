package org.ariadne.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets with the searched words marked. The index decides what matches; this finds the passage to show and marks
 * its words the way the analysis compares them: case and accents folded, English endings set aside, a trailing
 * star meaning "begins with". (WildFly's Lucene module ships without Lucene's highlighter, so Ariadne marks words
 * itself.)
 */
public final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?\\*?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String[] ENDINGS = {"ational", "ations", "ation", "ings", "ing", "ions", "ion", "ies",
            "ied", "es", "ed", "ly", "s"};

    private Snippets() {
    }

    /** The words of a query as the snippets compare them; a word ending in {@code *} is kept as a prefix. */
    public static Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query == null) {
            return terms;
        }
        Matcher words = WORD.matcher(query);
        while (words.find()) {
            String word = words.group();
            boolean prefix = word.endsWith("*");
            String folded = fold(prefix ? word.substring(0, word.length() - 1) : word);
            if (folded.isEmpty()) {
                continue;
            }
            terms.add(prefix ? folded + "*" : stem(folded));
        }
        return terms;
    }

    /**
     * The passage of {@code text} around the first searched word, at most about {@code maxChars} long, with every
     * searched word in it between {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}; the beginning of the
     * text (unmarked) when no word is in it.
     */
    public static String highlight(String text, Set<String> terms, int maxChars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<int[]> matches = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int start = 0;
        while (words.find()) {
            if (!matches.isEmpty() && words.start() >= start + maxChars + 30) {
                break; // past the longest passage that the first match can open: nothing further is marked
            }
            if (matches(words.group(), terms)) {
                matches.add(new int[]{words.start(), words.end()});
                if (matches.size() == 1) {
                    start = Math.max(0, words.start() - maxChars / 4);
                    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                        start--;
                    }
                }
            }
        }
        int end = Math.min(text.length(), start + maxChars);
        while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end - 1))
                && end - start < maxChars + 30) {
            end++;
        }
        StringBuilder marked = new StringBuilder(end - start + 16);
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start || match[1] > end) {
                continue;
            }
            marked.append(text, at, match[0]).append(SearchHit.MARK_START).append(text, match[0], match[1])
                    .append(SearchHit.MARK_END);
            at = match[1];
        }
        marked.append(text, at, end);
        return marked.toString().strip().replaceAll("\\s+", " ");
    }

    /** Whether a text holds one of the searched words. */
    public static boolean mentions(String text, Set<String> terms) {
        if (text == null) {
            return false;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (matches(words.group(), terms)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, Set<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        String folded = fold(word);
        String stemmed = stem(folded);
        for (String term : terms) {
            if (term.endsWith("*") ? folded.startsWith(term.substring(0, term.length() - 1)) : stemmed.equals(term)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String word) {
        if (plainAscii(word)) {
            // most words: nothing to decompose or replace (profiled: the general path was most of a snippet's cost)
            String lower = word.toLowerCase(Locale.ROOT);
            int apostrophe = lower.indexOf('\'');
            return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("ł", "l")
                .replace("đ", "d").replace("þ", "th");
        int apostrophe = Math.max(folded.indexOf('\''), folded.indexOf('’'));
        return apostrophe > 0 ? folded.substring(0, apostrophe) : folded;
    }

    private static boolean plainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String stem(String folded) {
        for (String ending : ENDINGS) {
            if (folded.length() > ending.length() + 2 && folded.endsWith(ending)) {
                return folded.substring(0, folded.length() - ending.length());
            }
        }
        return folded;
    }

}

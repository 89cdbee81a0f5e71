package org.ariadne.search.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's quoted phrases, set apart from its other words so that they can be searched in the unstemmed fields
 * alone: a phrase in quotes asks for those words as written (case and accents aside), and a phrase search in a
 * stemmed field as well would only find the same documents again, at the cost of reading every position of its
 * words twice. What the query excludes ({@code -word}, {@code -"a phrase"}) is set apart the same way, to be
 * excluded as a whole.
 * <p>
 * Only a query that means the same when split is split: its phrases stand alone between spaces, each with its
 * closing quote and perhaps a slop ({@code "a b"~2}), it wants at least one word or phrase, and nothing in it groups
 * or escapes ({@code |}, brackets, a backslash). Anything else is left whole to the index's lenient reading.
 */
record QuotedPhrases(String words, String phrases, String excludedWords, String excludedPhrases) {

    static QuotedPhrases of(String query) {
        QuotedPhrases whole = new QuotedPhrases(query, "", "", "");
        if (query.indexOf('"') < 0 || query.chars().anyMatch(c -> c == '|' || c == '(' || c == ')' || c == '\\')) {
            return whole;
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excludedWords = new ArrayList<>();
        List<String> excludedPhrases = new ArrayList<>();
        int at = 0;
        int length = query.length();
        while (at < length) {
            if (isSpace(query.charAt(at))) {
                at++;
                continue;
            }
            boolean excluded = query.charAt(at) == '-';
            int start = excluded ? at + 1 : at;
            at = start;
            if (at < length && query.charAt(at) == '"') {
                int close = query.indexOf('"', at + 1);
                if (close < 0 || query.substring(at + 1, close).isBlank()) {
                    return whole;
                }
                at = close + 1;
                if (at < length && query.charAt(at) == '~') {
                    at++;
                    while (at < length && Character.isDigit(query.charAt(at))) {
                        at++;
                    }
                }
                if (at < length && !isSpace(query.charAt(at))) {
                    return whole;
                }
                (excluded ? excludedPhrases : phrases).add(query.substring(start, at));
            } else {
                while (at < length && !isSpace(query.charAt(at))) {
                    at++;
                }
                String word = query.substring(start, at);
                if (word.isEmpty() || word.startsWith("-") || word.indexOf('"') >= 0) {
                    return whole;
                }
                (excluded ? excludedWords : words).add(word);
            }
        }
        if (words.isEmpty() && phrases.isEmpty()) {
            return whole; // nothing wanted: left to the index as it was
        }
        return new QuotedPhrases(String.join(" ", words), String.join(" ", phrases), String.join(" ", excludedWords),
                String.join(" ", excludedPhrases));
    }

    /** The characters Lucene's simple query parser takes for spaces between words. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

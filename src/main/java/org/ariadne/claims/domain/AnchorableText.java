package org.ariadne.claims.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An archived text prepared for finding quotes in it: one normalised copy, built in a single pass, with a
 * map from every normalised character back to the original code units it stands for.
 *
 * <p>Normalisation (applied alike to the text and to the quote, so that the two compare):
 * <ul>
 *   <li>runs of white space (spaces, tabs, line breaks, no-break and other Unicode spaces) become one space;
 *       the quote is also trimmed;</li>
 *   <li>typographic double quotes and guillemets ({@code “ ” „ ‟ « » ″}) become {@code "}, single ones and
 *       apostrophes ({@code ‘ ’ ‚ ‛ ‹ › ′ `}) become {@code '};</li>
 *   <li>dashes, hyphens and the minus sign ({@code ‐ ‑ ‒ – — ― −}) become {@code -}; {@code …} becomes
 *       {@code ...};</li>
 *   <li>soft hyphens, zero-width characters and superscript digits are dropped;</li>
 *   <li>footnote markers glued to the text are dropped: a run of one to three ASCII digits that follows a
 *       lower-case letter ({@code criminals3}), or closing punctuation that itself follows a letter
 *       ({@code criminals.3}, {@code criminals”3}), and is followed by white space, punctuation or the end.
 *       Digits glued to an upper-case letter ({@code G20}, {@code MP3}) or to a digit ({@code 2,737}) stay.</li>
 * </ul>
 * Every step maps one original code unit to at most three normalised ones, so the copy is linear in size
 * and building it is linear in time. Instances are immutable and safe to share between threads (the
 * lower-cased copy for the case-insensitive fallback is built on first use; a race only builds it twice).
 */
public final class AnchorableText {

    /** More occurrences than this are not weighed against each other (the first ones are). */
    private static final int MAX_CANDIDATES = 10_000;

    private final String original;
    private final Normalised normalised;
    private volatile String lowered;

    private AnchorableText(String original) {
        this.original = original;
        this.normalised = Normalised.of(original);
    }

    public static AnchorableText of(String text) {
        return new AnchorableText(Objects.requireNonNull(text, "text"));
    }

    public String original() {
        return original;
    }

    /** The first occurrence of the quote (case-sensitive, else case-insensitive). */
    public Optional<QuoteAnchor> anchor(String quote) {
        return anchor(quote, OptionalInt.empty());
    }

    /** The occurrence of the quote whose start is nearest {@code hintStart}, or the first without a hint. */
    public Optional<QuoteAnchor> anchor(String quote, OptionalInt hintStart) {
        return find(quote, hintStart, "", "");
    }

    /**
     * Re-checks an anchor taken on an earlier version of a text against this one: the same anchor if the
     * passage and its context still stand at the same place; else the occurrence of {@code previous.exact()}
     * whose surroundings best match the old prefix and suffix (ties: nearest the old start); else empty.
     */
    public Optional<QuoteAnchor> reanchor(QuoteAnchor previous) {
        if (previous.standsWithContextIn(original)) {
            return Optional.of(previous);
        }
        return find(previous.exact(), OptionalInt.of(previous.start()), previous.prefix(), previous.suffix());
    }

    /**
     * Finds {@code quote}: case-sensitive first, else case-insensitive. Among several occurrences the one
     * whose context best matches {@code prefix} / {@code suffix} wins, then the one nearest the hint, then the
     * first.
     */
    public Optional<QuoteAnchor> find(String quote, OptionalInt hintStart, String prefix, String suffix) {
        if (quote == null) {
            return Optional.empty();
        }
        String needle = Normalised.of(quote).text().strip();
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        String context = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
        int found = bestOccurrence(normalised.text(), needle, hintStart, Normalised.of(context).text(),
                Normalised.of(after).text());
        if (found < 0) {
            String lower = loweredText();
            found = bestOccurrence(lower, lower(needle), hintStart, lower(Normalised.of(context).text()),
                    lower(Normalised.of(after).text()));
        }
        if (found < 0) {
            return Optional.empty();
        }
        // the needle is stripped, so its last character is never a collapsed white-space run: it stands for
        // exactly one original code unit (or for a '…' that it is part of)
        return Optional.of(QuoteAnchor.of(original, normalised.originalStart(found),
                normalised.originalStart(found + needle.length() - 1) + 1));
    }

    private int bestOccurrence(String haystack, String needle, OptionalInt hintStart, String prefix, String suffix) {
        int first = haystack.indexOf(needle);
        if (first < 0 || (hintStart.isEmpty() && prefix.isEmpty() && suffix.isEmpty())) {
            return first;
        }
        int best = first;
        long bestScore = Long.MIN_VALUE;
        int candidates = 0;
        for (int at = first; at >= 0 && candidates < MAX_CANDIDATES; at = haystack.indexOf(needle, at + 1)) {
            candidates++;
            long contextMatch = commonSuffix(haystack, at, prefix) + commonPrefix(haystack, at + needle.length(), suffix);
            long distance = hintStart.isPresent() ? Math.abs((long) normalised.originalStart(at) - hintStart.getAsInt()) : 0;
            long score = (contextMatch << 32) - distance; // context first, then nearness; strict > keeps the first on ties
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return best;
    }

    /** How many characters of {@code prefix}, from its end, stand just before {@code at}. */
    private static int commonSuffix(String haystack, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0
                && haystack.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many characters of {@code suffix}, from its start, stand from {@code at} on. */
    private static int commonPrefix(String haystack, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < haystack.length() && haystack.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    private String loweredText() {
        String l = lowered;
        if (l == null) {
            l = lower(normalised.text());
            lowered = l;
        }
        return l;
    }

    /** Lower-cases char by char, so that indexes stay those of the normalised copy. */
    private static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * The normalised copy and, for each of its characters, the first original code unit it stands for
     * (a collapsed white-space run maps to its first character, each '.' of a '…' to the '…').
     */
    static final class Normalised {
        private final String text;
        private final int[] from;

        private Normalised(String text, int[] from) {
            this.text = text;
            this.from = from;
        }

        String text() {
            return text;
        }

        int originalStart(int index) {
            return from[index];
        }

        static Normalised of(String s) {
            Builder out = new Builder(s.length());
            int n = s.length();
            int spaceStart = -1;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < '0' && c != '"' && c != '\'' || c > '9' && c < '\u0080' && c != '`') {
                    // the common case: printable ASCII that is neither a digit nor a quote mark
                    if (spaceStart >= 0) {
                        out.add(' ', spaceStart);
                        spaceStart = -1;
                    }
                    out.add(c, i);
                    continue;
                }
                if (isSpace(c)) {
                    if (spaceStart < 0) {
                        spaceStart = i;
                    }
                    continue;
                }
                if (isDropped(c)) {
                    continue;
                }
                int markerEnd = gluedMarkerEnd(s, i);
                if (markerEnd > i) {
                    i = markerEnd - 1;
                    continue;
                }
                if (spaceStart >= 0) {
                    out.add(' ', spaceStart);
                    spaceStart = -1;
                }
                switch (c) {
                    case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> out.add('"', i);
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '`' -> out.add('\'', i);
                    case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
                            out.add('-', i);
                    case '\u2026' -> {
                        out.add('.', i);
                        out.add('.', i);
                        out.add('.', i);
                    }
                    default -> out.add(c, i);
                }
            }
            if (spaceStart >= 0) {
                out.add(' ', spaceStart);
            }
            return out.build();
        }

        static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
        }

        private static boolean isDropped(char c) {
            return c == '\u00AD' // soft hyphen
                    || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || (c >= '\u2070' && c <= '\u2079');
        }

        /** End of a glued footnote marker starting at {@code i}, or {@code i} if there is none. */
        static int gluedMarkerEnd(String s, int i) {
            if (!isAsciiDigit(s.charAt(i)) || i == 0) {
                return i;
            }
            int end = i;
            while (end < s.length() && isAsciiDigit(s.charAt(end))) {
                end++;
            }
            if (end - i > 3) {
                return i;
            }
            if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                return i;
            }
            char before = s.charAt(i - 1);
            if (Character.isLowerCase(before)) {
                return end;
            }
            int j = i - 1;
            while (j >= 0 && i - j <= 3 && isClosingPunctuation(s.charAt(j))) {
                j--;
            }
            return j < i - 1 && j >= 0 && Character.isLetter(s.charAt(j)) ? end : i;
        }

        static boolean isClosingPunctuation(char c) {
            return switch (c) {
                case '.', ',', ';', ':', '!', '?', '"', '\'', ')', ']',
                        '\u201D', '\u2019', '\u00BB', '\u203A', '\u2026' -> true;
                default -> false;
            };
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static final class Builder {
            private char[] chars;
            private int[] from;
            private int size;

            Builder(int length) {
                int initial = length + (length >> 6) + 16; // room for a few ellipses without regrowing
                chars = new char[initial];
                from = new int[initial];
            }

            void add(char c, int start) {
                if (size == chars.length) {
                    int grown = chars.length + (chars.length >> 1) + 16;
                    chars = java.util.Arrays.copyOf(chars, grown);
                    from = java.util.Arrays.copyOf(from, grown);
                }
                chars[size] = c;
                from[size] = start;
                size++;
            }

            Normalised build() {
                return new Normalised(new String(chars, 0, size), from);
            }
        }
    }
}

package org.ariadne.exchange.domain;

import java.text.Normalizer;
import java.util.Map;

/**
 * LaTeX as BibTeX files write text, read into Unicode: accents ({@code {\"u}}, {@code \'e}, {@code \c{c}},
 * {@code \H{o}}), letters ({@code \i}, {@code \l}, {@code \ss}), ties ({@code ~}) as spaces, {@code --} as an en dash,
 * {@code ---} as an em dash, grouping braces removed. Simple math ({@code $x^2$}) is kept as its text. Total: text it
 * does not understand is kept, never rejected.
 */
public final class Latex {

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('"', '\u0308'), Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));

    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            Map.entry("dj", "đ"), Map.entry("DJ", "Đ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("textellipsis", "…"), Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("copyright", "©"),
            Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"), Map.entry("euro", "€"),
            Map.entry("pounds", "£"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textbackslash", "\\"), Map.entry("textunderscore", "_"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"));

    private Latex() {
    }

    /** The text as a reader sees it. */
    public static String toUnicode(String latex) {
        if (latex == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(latex.length());
        int i = 0;
        int n = latex.length();
        while (i < n) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = command(latex, i + 1, out);
            } else if (c == '{' || c == '}' || c == '$') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (c == '-' && latex.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (c == '-' && latex.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        String text = out.toString().strip();
        return composedAlready(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether the text is in NFC for certain without normalising it: no character below U+0300 (the combining marks)
     * composes or decomposes under NFC. Most fields are such text: normalising every one of them was 41 of the 304
     * samples of reading three 100,000-entry BibTeX files in a profile.
     */
    private static boolean composedAlready(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Reads the command after a backslash at {@code i}; returns the index after it. */
    private static int command(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            Character accent = ACCENTS.get(c);
            if (accent != null) {
                return accented(s, i + 1, accent, out);
            }
            // \& \% \$ \# \_ \{ \} \\ and a control space: the character itself
            out.append(c == '\\' ? ' ' : c);
            return i + 1;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i, end);
        if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0))
                && end < s.length() && (s.charAt(end) == '{' || s.charAt(end) == ' ')) {
            return accented(s, end, ACCENTS.get(name.charAt(0)), out);
        }
        int after = end;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        String letter = LETTERS.get(name);
        if (letter != null) {
            out.append(letter);
            return after < s.length() && s.charAt(after) == '{' && s.startsWith("{}", after) ? after + 2 : after;
        }
        // \emph{x}, \textit{x}, \mkbibquote{x} and unknown commands: keep the argument, drop the command
        return end;
    }

    private static int accented(String s, int i, char combining, StringBuilder out) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length()) {
            return i;
        }
        String base;
        int next;
        if (s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                return i + 1;
            }
            base = toUnicodeLetter(s.substring(i + 1, close));
            next = close + 1;
        } else if (s.charAt(i) == '\\') {
            int end = i + 1;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            base = LETTERS.getOrDefault(s.substring(i + 1, end), s.substring(i + 1, end));
            next = end;
        } else {
            base = String.valueOf(s.charAt(i));
            next = i + 1;
        }
        if (base.isEmpty()) {
            return next;
        }
        String dotless = base.equals("ı") ? "i" : base.equals("ȷ") ? "j" : base;
        out.append(dotless.charAt(0)).append(combining).append(dotless.substring(1));
        return next;
    }

    private static String toUnicodeLetter(String inner) {
        String t = inner.strip();
        if (t.startsWith("\\")) {
            return LETTERS.getOrDefault(t.substring(1), t.substring(1));
        }
        return t;
    }
}

package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one citation into fields at top-level commas, keeping quoted titles, italic titles (Markdown {@code *..*},
 * {@code _.._}) and parenthesised groups whole. Linear in the length of the citation.
 */
final class NoteFields {

    enum Kind { PLAIN, QUOTED, ITALIC, PAREN }

    /** A field; {@code period} when a final period was taken off it ("Doe, Jane." in bibliography order). */
    record Field(String text, Kind kind, boolean period) {
        Field(String text, Kind kind) {
            this(text, kind, false);
        }

        boolean is(Kind k) {
            return kind == k;
        }
    }

    private NoteFields() {
    }

    static List<Field> split(String s) {
        List<Field> fields = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int close;
            if (c == ',') {
                flush(plain, fields);
                i++;
            } else if ((close = closingQuote(s, i)) > i) {
                flush(plain, fields);
                fields.add(new Field(trimInnerPunctuation(s.substring(i + 1, close)), Kind.QUOTED));
                i = close + 1;
            } else if ((close = closingEmphasis(s, i)) > i) {
                flush(plain, fields);
                int width = s.startsWith("**", i) || s.startsWith("__", i) ? 2 : 1;
                fields.add(new Field(trimInnerPunctuation(s.substring(i + width, close)), Kind.ITALIC));
                i = close + width;
            } else if ((c == '(' || c == '[') && (close = closingBracket(s, i)) > i) {
                flush(plain, fields);
                fields.add(new Field(s.substring(i + 1, close).strip(), Kind.PAREN));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, fields);
        return fields;
    }

    private static void flush(StringBuilder plain, List<Field> fields) {
        String t = plain.toString().strip();
        plain.setLength(0);
        while (!t.isEmpty() && ".;".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        boolean period = false;
        while (t.endsWith(".") && !endsWithAbbreviation(t) || t.endsWith(";")) {
            period |= t.endsWith(".");
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.isEmpty()) {
            fields.add(new Field(t, Kind.PLAIN, period));
        }
    }

    private static boolean endsWithAbbreviation(String t) {
        int space = t.lastIndexOf(' ');
        String last = t.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return last.equals("eds.") || last.equals("ed.") || last.equals("al.") || last.equals("cit.")
                || last.equals("jr.") || last.equals("sr.") || last.equals("inc.") || last.equals("co.")
                || last.equals("ff.") || last.matches("(?:\\p{L}\\.){2,}") || last.matches("\\p{Lu}\\.");
    }

    static String trimInnerPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0 && !endsWithAbbreviation(t)) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The index of the quote closing the one opening at i, or -1 when s[i] opens no quote. */
    static int closingQuote(String s, int i) {
        char c = s.charAt(i);
        boolean atStart = i == 0 || NoteText.isSpace(s.charAt(i - 1)) || "([{,;:".indexOf(s.charAt(i - 1)) >= 0;
        if (c == '“' || c == '„') {
            int depth = 0;
            for (int k = i + 1; k < s.length(); k++) {
                char d = s.charAt(k);
                if (d == '“') {
                    depth++;
                } else if (d == '”') {
                    if (depth == 0) {
                        return k;
                    }
                    depth--;
                }
            }
            return -1;
        }
        if (c == '"' && atStart) {
            int k = s.indexOf('"', i + 1);
            return k;
        }
        if (c == '‘' && atStart) {
            for (int k = i + 1; k < s.length(); k++) {
                if (s.charAt(k) == '’' && (k + 1 == s.length() || !Character.isLetter(s.charAt(k + 1)))) {
                    return k;
                }
            }
            return -1;
        }
        if (c == '«') {
            return s.indexOf('»', i + 1);
        }
        return -1;
    }

    private static int closingEmphasis(String s, int i) {
        char c = s.charAt(i);
        if (c != '*' && c != '_') {
            return -1;
        }
        boolean atStart = i == 0 || NoteText.isSpace(s.charAt(i - 1)) || "([{,;:\"“".indexOf(s.charAt(i - 1)) >= 0;
        int width = s.startsWith(String.valueOf(c).repeat(2), i) ? 2 : 1;
        int open = i + width;
        if (!atStart || open >= s.length() || NoteText.isSpace(s.charAt(open))) {
            return -1;
        }
        String marker = String.valueOf(c).repeat(width);
        int k = s.indexOf(marker, open);
        while (k > 0 && NoteText.isSpace(s.charAt(k - 1))) {
            k = s.indexOf(marker, k + 1);
        }
        return k > open ? k : -1;
    }

    private static int closingBracket(String s, int i) {
        char open = s.charAt(i);
        char close = open == '(' ? ')' : ']';
        int depth = 0;
        for (int k = i + 1; k < s.length() && k - i < 400; k++) {
            char d = s.charAt(k);
            if (d == open) {
                depth++;
            } else if (d == close) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }
}

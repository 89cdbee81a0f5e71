package org.ariadne.footnotes.domain;

/** Cleaning of note texts, shared by the three formats. */
final class NoteText {

    private NoteText() {
    }

    /** Whether c is white space, including the no-break and zero-width spaces that web pages leave. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF'
                || c == '\u200B';
    }

    /** Whether c is one of the arrows or carets that link a note back to its marker. */
    static boolean isBackLink(char c) {
        return c == '↩' || c == '↑' || c == '^' || c == '\uFE0E' || c == '\uFE0F' || c == '⤴' || c == '⬆';
    }

    /** Trims white space (of any kind) and back-link arrows from both ends. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && (isSpace(s.charAt(start)) || isBackLink(s.charAt(start)))) {
            start++;
        }
        while (end > start && (isSpace(s.charAt(end - 1)) || isBackLink(s.charAt(end - 1)))) {
            end--;
        }
        return collapseSpaces(s.substring(start, end));
    }

    /** Replaces every run of white space (of any kind) by one space. */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace && out.length() > 0) {
                    out.append(' ');
                }
                inSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a line, trimmed, is a heading that introduces notes ("Notes", "Footnotes:", "## References"...). */
    static boolean isNotesHeading(String line) {
        String t = clean(line);
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        t = t.replace("*", "").replace("_", "").strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.toLowerCase(java.util.Locale.ROOT);
        return t.equals("notes") || t.equals("footnotes") || t.equals("endnotes") || t.equals("references")
                || t.equals("note") || t.equals("sources") || t.equals("notes and references")
                || t.equals("references and notes");
    }
}

package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Footnotes of a plain text: markers glued to the end of a word or punctuation ("conventions.1", "claims;5",
 * "refugees,”3", "¹", "[1]") and a numbered list of notes at the end ("1. ...", "[1] ...", "1) ..."), with or without
 * a heading. The list is believed only when the markers in the body agree with it.
 */
final class PlainTextFootnotes {

    /** Most non-blank lines that may follow the notes list when no heading announces it (a footer, a date...). */
    private static final int MAX_TRAILER_LINES = 8;
    private static final int MAX_TRAILER_CHARS = 600;
    private static final int MAX_MARKER_DIGITS = 4;
    /** How many notes may lack a marker between two markers. */
    private static final int MAX_MARKER_GAP = 3;

    private record Line(int start, int end) {
    }

    private record Item(int number, int lineIndex, StringBuilder text) {
    }

    private record Run(int firstLine, int lastLine, List<Item> items) {
    }

    private record Candidate(int value, int start, int end, boolean strong) {
    }

    List<ExtractedNote> extract(String text) {
        return extract(text, 0, text.length());
    }

    /** The notes of text[from, to), offsets relative to the whole text. */
    List<ExtractedNote> extract(String text, int from, int to) {
        List<Line> lines = lines(text, from, to);
        List<Run> runs = runs(text, lines);
        for (int r = runs.size() - 1; r >= 0; r--) {
            List<ExtractedNote> notes = accept(text, from, to, lines, runs.get(r));
            if (!notes.isEmpty()) {
                return notes;
            }
        }
        return List.of();
    }

    private static List<Line> lines(String text, int from, int to) {
        List<Line> lines = new ArrayList<>();
        int start = from;
        while (start <= to) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl >= to ? to : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(start, contentEnd));
            if (end >= to) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /** Runs of list items numbered 1, 2, 3... with their continuation lines. */
    private static List<Run> runs(String text, List<Line> lines) {
        List<Run> runs = new ArrayList<>();
        List<Item> items = null;
        int first = -1;
        int last = -1;
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int[] item = listItem(text, line);
            if (item != null && item[0] == 1) {
                if (items != null) {
                    runs.add(new Run(first, last, items));
                }
                items = new ArrayList<>();
                first = i;
                last = i;
                items.add(new Item(1, i, new StringBuilder(text.substring(item[1], line.end))));
                blankBefore = false;
                continue;
            }
            if (items == null) {
                continue;
            }
            if (item != null && item[0] == items.size() + 1) {
                items.add(new Item(item[0], i, new StringBuilder(text.substring(item[1], line.end))));
                last = i;
                blankBefore = false;
            } else if (isBlank(text, line)) {
                blankBefore = true;
            } else if (item == null && (!blankBefore || isIndented(text, line))) {
                items.get(items.size() - 1).text().append(' ').append(text, line.start, line.end);
                last = i;
                blankBefore = false;
            } else {
                runs.add(new Run(first, last, items));
                items = null;
            }
        }
        if (items != null) {
            runs.add(new Run(first, last, items));
        }
        return runs;
    }

    /** {number, start of the item's text} when the line is a list item ("1. x", "[1] x", "1) x"), else null. */
    static int[] listItem(String text, Line line) {
        return listItem(text, line.start, line.end);
    }

    static int[] listItem(String text, int start, int end) {
        int i = start;
        while (i < end && NoteText.isSpace(text.charAt(i))) {
            i++;
        }
        boolean bracket = i < end && text.charAt(i) == '[';
        if (bracket) {
            i++;
        }
        int digitsStart = i;
        while (i < end && isAsciiDigit(text.charAt(i)) && i - digitsStart <= MAX_MARKER_DIGITS) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > MAX_MARKER_DIGITS || i >= end) {
            return null;
        }
        char after = text.charAt(i);
        if (bracket ? after != ']' : after != '.' && after != ')') {
            return null;
        }
        i++;
        if (i >= end || !NoteText.isSpace(text.charAt(i))) {
            return null;
        }
        while (i < end && NoteText.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return null;
        }
        int number = Integer.parseInt(text, digitsStart, digitsStart + digits, 10);
        return number == 0 ? null : new int[] {number, i};
    }

    private static boolean isBlank(String text, Line line) {
        for (int i = line.start; i < line.end; i++) {
            if (!NoteText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndented(String text, Line line) {
        return line.end > line.start && NoteText.isSpace(text.charAt(line.start));
    }

    private List<ExtractedNote> accept(String text, int from, int to, List<Line> lines, Run run) {
        int bodyEnd = lines.get(run.firstLine).start;
        boolean heading = false;
        for (int i = run.firstLine - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (!isBlank(text, line)) {
                heading = NoteText.isNotesHeading(text.substring(line.start, line.end));
                if (heading) {
                    bodyEnd = line.start;
                }
                break;
            }
        }
        if (!heading && !shortTrailer(text, lines, run.lastLine + 1)) {
            return List.of();
        }
        int n = run.items.size();
        Candidate[] markers = markers(text, from, bodyEnd, n);
        int found = 0;
        int strong = 0;
        for (Candidate c : markers) {
            if (c != null) {
                found++;
                strong += c.strong ? 1 : 0;
            }
        }
        if (!heading && (strong == 0 || found * 2 < n)) {
            return List.of();
        }
        List<ExtractedNote> notes = new ArrayList<>(n);
        for (Item item : run.items) {
            Candidate c = markers[item.number - 1];
            notes.add(new ExtractedNote(item.number, NoteText.clean(item.text.toString()),
                    c == null ? -1 : c.start, c == null ? -1 : c.end));
        }
        return notes;
    }

    private static boolean shortTrailer(String text, List<Line> lines, int firstLine) {
        int count = 0;
        int chars = 0;
        for (int i = firstLine; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!isBlank(text, line)) {
                count++;
                chars += line.end - line.start;
                if (count > MAX_TRAILER_LINES || chars > MAX_TRAILER_CHARS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The marker of each note 1..n found in text[from, to) (null where none), in increasing order in the body. */
    static Candidate[] markers(String text, int from, int to, int n) {
        List<Candidate> candidates = candidates(text, from, to, n);
        // positions of the strong candidates of each value, to let a strong marker win over an earlier weak one
        int[][] strongAt = new int[n + 2][];
        int[] counts = new int[n + 2];
        for (Candidate c : candidates) {
            if (c.strong) {
                counts[c.value]++;
            }
        }
        for (int v = 0; v < n + 2; v++) {
            strongAt[v] = new int[counts[v]];
            counts[v] = 0;
        }
        for (Candidate c : candidates) {
            if (c.strong) {
                strongAt[c.value][counts[c.value]++] = c.start;
            }
        }
        Candidate[] chosen = new Candidate[n];
        int last = 0;
        for (Candidate c : candidates) {
            int v = c.value;
            if (v <= last) {
                continue;
            }
            if (c.strong ? v <= last + MAX_MARKER_GAP : v == last + 1 && !strongFollows(strongAt, v, c.start)) {
                chosen[v - 1] = c;
                last = v;
            }
        }
        return chosen;
    }

    /** Whether a strong candidate of value v comes after pos and before any strong candidate of value v + 1. */
    private static boolean strongFollows(int[][] strongAt, int v, int pos) {
        int next = firstAfter(strongAt[v], pos);
        if (next < 0) {
            return false;
        }
        int nextOfFollower = firstAfter(strongAt[v + 1], pos);
        return nextOfFollower < 0 || next < nextOfFollower;
    }

    private static int firstAfter(int[] sorted, int pos) {
        int i = Arrays.binarySearch(sorted, pos + 1);
        if (i < 0) {
            i = -i - 1;
        }
        return i < sorted.length ? sorted[i] : -1;
    }

    private static List<Candidate> candidates(String text, int from, int to, int n) {
        List<Candidate> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                int s = i;
                while (i < to && isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                Candidate candidate = digitCandidate(text, from, to, s, i, n);
                if (candidate != null) {
                    out.add(candidate);
                }
            } else if (superscriptDigit(c) >= 0) {
                int s = i;
                int value = 0;
                while (i < to && superscriptDigit(text.charAt(i)) >= 0 && i - s < MAX_MARKER_DIGITS) {
                    value = value * 10 + superscriptDigit(text.charAt(i));
                    i++;
                }
                if (value >= 1 && value <= n) {
                    out.add(new Candidate(value, s, i, true));
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static Candidate digitCandidate(String text, int from, int to, int s, int e, int n) {
        if (e - s > MAX_MARKER_DIGITS || s == from) {
            return null;
        }
        int value = Integer.parseInt(text, s, e, 10);
        if (value < 1 || value > n) {
            return null;
        }
        char before = text.charAt(s - 1);
        char after = e < to ? text.charAt(e) : ' ';
        if (before == '[' && after == ']') {
            return new Candidate(value, s, e, true);
        }
        if (!endsMarker(text, e, to)) {
            return null;
        }
        if (Character.isLetter(before)) {
            return new Candidate(value, s, e, false);
        }
        if (!isClosingPunctuation(before)) {
            return null;
        }
        int p = s - 1;
        while (p > from && s - p <= 3 && isClosingPunctuation(text.charAt(p - 1))) {
            p--;
        }
        // p is the first punctuation character before the marker
        if (p > from && isAsciiDigit(text.charAt(p - 1))) {
            // "in 1998.2" is a year then a marker; "2.5", "10,000" and "02:43" are numbers
            int d = p;
            while (d > from && isAsciiDigit(text.charAt(d - 1))) {
                d--;
            }
            boolean year = p - d == 4 && (d == from || !Character.isLetterOrDigit(text.charAt(d - 1)))
                    && (text.charAt(d) == '1' || text.charAt(d) == '2');
            String punctuation = text.substring(p, s);
            if (!year || punctuation.equals(",") || punctuation.equals(":")) {
                return null;
            }
            return new Candidate(value, s, e, false);
        }
        if (p > from && !Character.isLetter(text.charAt(p - 1)) && !isClosingPunctuation(text.charAt(p - 1))
                && text.charAt(p - 1) != '%') {
            return null;
        }
        return new Candidate(value, s, e, true);
    }

    /** Whether the marker ending at e is followed by what may follow a marker: space, end, or punctuation. */
    private static boolean endsMarker(String text, int e, int to) {
        if (e >= to) {
            return true;
        }
        char after = text.charAt(e);
        if (NoteText.isSpace(after)) {
            return true;
        }
        if (after == '.' || after == ',' || after == ':') {
            return e + 1 >= to || !isAsciiDigit(text.charAt(e + 1));
        }
        return after == ';' || after == ')' || after == ']' || after == '”' || after == '’' || after == '"'
                || after == '!' || after == '?';
    }

    private static boolean isClosingPunctuation(char c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?', ')', ']', '”', '’', '"', '\'', '»', '*', '_' -> true;
            default -> false;
        };
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int superscriptDigit(char c) {
        return switch (c) {
            case '⁰' -> 0;
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            case '⁴' -> 4;
            case '⁵' -> 5;
            case '⁶' -> 6;
            case '⁷' -> 7;
            case '⁸' -> 8;
            case '⁹' -> 9;
            default -> -1;
        };
    }
}

package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Footnotes of a Markdown text: {@code [^label]} references and {@code [^label]: text} definitions (continued on
 * indented lines). Notes are numbered 1..n in order of first reference; definitions never referenced come last,
 * without a marker. Code blocks and code spans are skipped. A text without definitions is read as plain text.
 * Note texts keep their inline Markdown ({@code *Title*}), which the note parser reads.
 */
final class MarkdownFootnotes {

    private static final int MAX_LABEL = 100;

    private final PlainTextFootnotes plain;

    MarkdownFootnotes(PlainTextFootnotes plain) {
        this.plain = plain;
    }

    private record Definition(String key, StringBuilder text) {
    }

    List<ExtractedNote> extract(String text) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        // body regions: everything outside definitions and fenced code blocks, as [start, end) pairs
        List<int[]> body = new ArrayList<>();
        int bodyStart = 0;
        Definition current = null;
        boolean currentBlank = false;
        String fence = null;
        int pos = 0;
        int length = text.length();
        while (pos <= length) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? length : nl;
            int next = nl < 0 ? length + 1 : nl + 1;
            String line = text.substring(pos, end);
            String stripped = line.strip();
            if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                    bodyStart = Math.min(next, length);
                }
                pos = next;
                continue;
            }
            if (current == null && (stripped.startsWith("```") || stripped.startsWith("~~~")) && indent(line) < 4) {
                fence = stripped.substring(0, 3);
                body.add(new int[] {bodyStart, pos});
                pos = next;
                continue;
            }
            int[] def = definitionStart(line);
            if (def != null) {
                if (current == null) {
                    body.add(new int[] {bodyStart, pos});
                }
                String key = line.substring(def[0], def[1]).toLowerCase(Locale.ROOT);
                current = definitions.computeIfAbsent(key, k -> new Definition(k, new StringBuilder()));
                if (current.text.length() > 0) {
                    current = new Definition(key, new StringBuilder()); // a second definition of a label is ignored
                }
                current.text.append(line, def[2], line.length());
                currentBlank = false;
            } else if (current != null) {
                boolean blank = stripped.isEmpty();
                if (blank) {
                    currentBlank = true;
                } else if (indent(line) >= 2 || !currentBlank && !stripped.startsWith("#")) {
                    current.text.append(' ').append(stripped);
                    currentBlank = false;
                } else {
                    current = null;
                    bodyStart = pos;
                }
            }
            pos = next;
        }
        if (current == null && fence == null) {
            body.add(new int[] {bodyStart, length});
        }
        if (definitions.isEmpty()) {
            return plain.extract(text);
        }
        return number(text, body, definitions);
    }

    private static List<ExtractedNote> number(String text, List<int[]> body, Map<String, Definition> definitions) {
        Map<String, int[]> firstReference = new LinkedHashMap<>();
        for (int[] region : body) {
            references(text, region[0], Math.min(region[1], text.length()), definitions, firstReference);
        }
        List<ExtractedNote> notes = new ArrayList<>(definitions.size());
        int number = 1;
        for (Map.Entry<String, int[]> ref : firstReference.entrySet()) {
            Definition d = definitions.get(ref.getKey());
            notes.add(new ExtractedNote(number++, NoteText.clean(d.text.toString()), ref.getValue()[0], ref.getValue()[1]));
        }
        for (Definition d : definitions.values()) {
            if (!firstReference.containsKey(d.key)) {
                notes.add(new ExtractedNote(number++, NoteText.clean(d.text.toString()), -1, -1));
            }
        }
        return notes;
    }

    /** Records the first [^label] of each defined label in text[from, to), skipping code spans and escapes. */
    private static void references(String text, int from, int to, Map<String, Definition> definitions,
                                   Map<String, int[]> firstReference) {
        // for each length of backtick run, the line end up to which such a run is known to close nothing
        Map<Integer, Integer> unclosedUntil = new java.util.HashMap<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int run = i;
                while (run < to && text.charAt(run) == '`') {
                    run++;
                }
                int n = run - i;
                Integer failed = unclosedUntil.get(n);
                int after = failed != null && failed > run ? run : closingTicks(text, run, to, n);
                if (after == run && (failed == null || failed <= run)) {
                    int lineEnd = text.indexOf('\n', run);
                    unclosedUntil.put(n, lineEnd < 0 ? to : lineEnd);
                }
                i = after;
            } else if (c == '[' && i + 1 < to && text.charAt(i + 1) == '^') {
                int close = i + 2;
                while (close < to && close - i - 2 <= MAX_LABEL && text.charAt(close) != ']'
                        && !NoteText.isSpace(text.charAt(close)) && text.charAt(close) != '[') {
                    close++;
                }
                if (close < to && text.charAt(close) == ']' && close > i + 2) {
                    String key = text.substring(i + 2, close).toLowerCase(Locale.ROOT);
                    if (definitions.containsKey(key)) {
                        firstReference.putIfAbsent(key, new int[] {i, close + 1});
                    }
                    i = close + 1;
                } else {
                    i += 2;
                }
            } else {
                i++;
            }
        }
    }

    /** Just after the code span opened by a run of n backticks ending at from (spans end on their line), or from. */
    private static int closingTicks(String text, int from, int to, int n) {
        int i = from;
        while (i < to && text.charAt(i) != '\n') {
            if (text.charAt(i) == '`') {
                int run = i;
                while (i < to && text.charAt(i) == '`') {
                    i++;
                }
                if (i - run == n) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return from;
    }

    /** {label start, label end, text start} when the line starts a definition "[^label]: text", else null. */
    private static int[] definitionStart(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (!line.startsWith("[^", i)) {
            return null;
        }
        int labelStart = i + 2;
        int close = line.indexOf("]:", labelStart);
        if (close <= labelStart || close - labelStart > MAX_LABEL) {
            return null;
        }
        for (int k = labelStart; k < close; k++) {
            char c = line.charAt(k);
            if (NoteText.isSpace(c) || c == '[' || c == ']') {
                return null;
            }
        }
        return new int[] {labelStart, close, close + 2};
    }

    private static int indent(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }
}

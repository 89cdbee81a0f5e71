package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a BibTeX or BibLaTeX file: entries, {@code @string} macros (the month macros jan..dec predefined),
 * {@code #} concatenation, {@code crossref} inheritance; {@code @comment} and {@code @preamble} are skipped, as is
 * text between entries. Each entry becomes a CSL-JSON item through {@link BibtexMapping}.
 */
public final class BibtexFile {

    /** A noncharacter that stands for "no more text", so a file that stops mid-entry is refused, not overrun. */
    private static final char END = '\uFFFF';

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"};
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /** An entry as written: lower-case type and field names, values with macros expanded, LaTeX still in them. */
    record RawEntry(String type, String key, int line, Map<String, String> fields) {
    }

    private final String text;
    private final Map<String, String> macros = new HashMap<>();
    private int pos;
    private int line = 1;

    private BibtexFile(String text) {
        this.text = text;
        for (int m = 0; m < 12; m++) {
            macros.put(MONTHS[m], MONTH_NAMES[m]);
        }
    }

    /**
     * The entries of the file, in order, as CSL-JSON items.
     *
     * @throws InvalidInputException naming the line where the file breaks
     */
    public static List<ImportedEntry> read(String text) {
        List<RawEntry> raw = parse(text);
        Map<String, RawEntry> byKey = new HashMap<>();
        raw.forEach(e -> byKey.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e));
        List<ImportedEntry> entries = new ArrayList<>();
        for (RawEntry entry : raw) {
            entries.add(BibtexMapping.toCsl(inherit(entry, byKey)));
        }
        return entries;
    }

    static List<RawEntry> parse(String text) {
        return new BibtexFile(text).entries();
    }

    /** The entry with the fields it lacks taken from its {@code crossref} parent (the parent's title as booktitle). */
    static RawEntry inherit(RawEntry entry, Map<String, RawEntry> byKey) {
        String parentKey = entry.fields().get("crossref");
        if (parentKey == null) {
            return entry;
        }
        RawEntry parent = byKey.get(parentKey.strip().toLowerCase(Locale.ROOT));
        if (parent == null || parent == entry) {
            return entry;
        }
        Map<String, String> fields = new LinkedHashMap<>(entry.fields());
        if (parent.fields().containsKey("title")) {
            fields.putIfAbsent("booktitle", parent.fields().get("title"));
        }
        parent.fields().forEach((name, value) -> {
            if (!name.equals("title") && !name.equals("crossref") && !name.equals("ids")) {
                fields.putIfAbsent(name, value);
            }
        });
        fields.remove("crossref");
        return new RawEntry(entry.type(), entry.key(), entry.line(), fields);
    }

    private List<RawEntry> entries() {
        List<RawEntry> entries = new ArrayList<>();
        while (skipTo('@')) {
            int start = line;
            pos++;
            skipSpace();
            String type = identifier().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                throw broken(start, "an entry type after '@'");
            }
            skipSpace();
            if (type.equals("comment") && (at() != '{' && at() != '(')) {
                continue;
            }
            char open = at();
            if (open != '{' && open != '(') {
                throw broken(start, "'{' after @" + type);
            }
            char close = open == '{' ? '}' : ')';
            pos++;
            switch (type) {
                case "comment", "preamble" -> skipBalanced(start, close);
                case "string" -> {
                    skipSpace();
                    String name = identifier().toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) {
                        throw broken(start, "a macro name in @string");
                    }
                    expect('=', start, "'=' after the macro name " + name);
                    macros.put(name, value(start));
                    skipSpace();
                    expect(close, start, "'" + close + "' to end the @string");
                }
                default -> entries.add(entry(type, start, close));
            }
        }
        return entries;
    }

    private RawEntry entry(String type, int start, char close) {
        skipSpace();
        int keyStart = pos;
        while (pos < text.length() && at() != ',' && at() != close && !Character.isWhitespace(at())) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        if (key.isEmpty()) {
            throw broken(start, "a citation key after @" + type + "{");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        skipSpace();
        while (true) {
            if (pos >= text.length()) {
                throw new InvalidInputException("The BibTeX file ends inside the entry " + key + " that starts on line "
                        + start + ".", List.of(InputProblem.ofLine(start, "The entry " + key
                        + " is not closed: a '" + close + "' is missing.")));
            }
            if (at() == close) {
                pos++;
                return new RawEntry(type, key, start, fields);
            }
            if (at() != ',') {
                throw broken(start, "',' or '" + close + "' in the entry " + key);
            }
            pos++;
            skipSpace();
            if (pos < text.length() && at() == close) {
                continue;
            }
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw broken(start, "a field name in the entry " + key);
            }
            expect('=', start, "'=' after the field " + name + " in the entry " + key);
            fields.put(name, value(start));
            skipSpace();
        }
    }

    /** A field value: parts in braces or quotes, numbers and macro names, joined by '#'. */
    private String value(int start) {
        StringBuilder value = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw broken(start, "a value");
            }
            char c = at();
            if (c == '{') {
                int open = line;
                pos++;
                value.append(balanced('}', open));
            } else if (c == '"') {
                int open = line;
                pos++;
                value.append(quoted(open));
            } else if (Character.isDigit(c)) {
                int s = pos;
                while (pos < text.length() && Character.isDigit(at())) {
                    pos++;
                }
                value.append(text, s, pos);
            } else {
                String name = identifier();
                if (name.isEmpty()) {
                    throw broken(start, "a value in braces, in quotes, a number or a macro name");
                }
                String expansion = macros.get(name.toLowerCase(Locale.ROOT));
                if (expansion == null) {
                    throw new InvalidInputException("The BibTeX file uses the undefined macro " + name + " on line "
                            + line + ".", List.of(InputProblem.ofLine(line, "The macro " + name
                            + " is not defined: define it with @string or put the value in braces.")));
                }
                value.append(expansion);
            }
            skipSpace();
            if (pos < text.length() && at() == '#') {
                pos++;
            } else {
                return value.toString();
            }
        }
    }

    private String balanced(char close, int openLine) {
        int depth = 0;
        int s = pos;
        while (pos < text.length()) {
            char c = at();
            if (c == '\\' && pos + 1 < text.length()) {
                advance();
                advance();
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0 && close == '}') {
                    String inner = text.substring(s, pos);
                    pos++;
                    return inner;
                }
                depth--;
            }
            advance();
        }
        throw new InvalidInputException("A brace opened on line " + openLine + " is never closed.",
                List.of(InputProblem.ofLine(openLine, "This '{' is never closed: a '}' is missing.")));
    }

    private String quoted(int openLine) {
        int depth = 0;
        int s = pos;
        while (pos < text.length()) {
            char c = at();
            if (c == '\\' && pos + 1 < text.length()) {
                advance();
                advance();
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                String inner = text.substring(s, pos);
                pos++;
                return inner;
            }
            advance();
        }
        throw new InvalidInputException("A quote opened on line " + openLine + " is never closed.",
                List.of(InputProblem.ofLine(openLine, "This '\"' is never closed.")));
    }

    private void skipBalanced(int start, char close) {
        int depth = 0;
        while (pos < text.length()) {
            char c = at();
            if (c == '{' || (c == '(' && close == ')')) {
                depth++;
            } else if (c == close && depth == 0) {
                pos++;
                return;
            } else if (c == '}' || (c == ')' && close == ')')) {
                depth--;
            }
            advance();
        }
        throw broken(start, "'" + close + "' to close the entry");
    }

    private boolean skipTo(char c) {
        while (pos < text.length() && at() != c) {
            advance();
        }
        return pos < text.length();
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = at();
            if (c == '%') {           // a comment to the end of the line, as biber reads it
                while (pos < text.length() && at() != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private String identifier() {
        int s = pos;
        while (pos < text.length()) {
            char c = at();
            if (Character.isLetterOrDigit(c) || "_-:.+/'!?*&;<>[]|`^".indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(s, pos);
    }

    private void expect(char c, int start, String what) {
        skipSpace();
        if (pos >= text.length() || at() != c) {
            throw broken(start, what);
        }
        pos++;
    }

    /** The character at the reading position, or {@link #END} past the end of the file (a truncated entry). */
    private char at() {
        return pos < text.length() ? text.charAt(pos) : END;
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }

    private InvalidInputException broken(int start, String expected) {
        if (pos < text.length() && at() == '@') {
            String message = "The entry that starts here is not closed before the next entry on line " + line
                    + ": expected " + expected + ".";
            return new InvalidInputException("The BibTeX file is malformed on line " + start + ": " + message,
                    List.of(InputProblem.ofLine(start, message)));
        }
        String found = pos >= text.length() ? "the end of the file"
                : "'" + text.substring(pos, Math.min(text.length(), pos + 12)).split("\\R", 2)[0] + "'";
        String message = "Expected " + expected + " but found " + found + " (the entry starts on line " + start + ").";
        return new InvalidInputException("The BibTeX file is malformed on line " + line + ": " + message,
                List.of(InputProblem.ofLine(line, message)));
    }
}

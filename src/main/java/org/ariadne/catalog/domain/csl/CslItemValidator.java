package org.ariadne.catalog.domain.csl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a CSL-JSON item (as a Map tree) before it is stored, and says in plain words what a librarian must fix.
 * Never throws: wrong types anywhere give field errors. Stateless and thread-safe.
 *
 * <p>Rules: {@code type} is one of the CSL item types; {@code title} is non-blank text; known variables have their CSL
 * shape (names, dates, numbers, text); DOI, ISBN, ISSN and URL have a possible shape (a wrong check digit is fine);
 * unknown variables and unknown members of name and date objects are kept as given, provided they are JSON values.
 * A blank identifier or other blank text counts as absent.
 */
public final class CslItemValidator {

    private static final int MAX_DEPTH = 64;
    private static final Set<String> NAME_TEXT_MEMBERS =
            Set.of("family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal");
    private static final Set<String> NAME_FLAG_MEMBERS = Set.of("comma-suffix", "static-ordering", "parse-names");
    private static final Map<String, String> MEMBER_WORDS = Map.of("family", "Family name", "given", "Given name",
            "dropping-particle", "Dropping particle", "non-dropping-particle", "Non-dropping particle",
            "suffix", "Suffix", "literal", "Literal name");
    private static final String[] PART_NAMES = {"Year", "Month", "Day"};

    /** The problems of the item, in field order; empty when it may be stored. */
    public List<FieldError> validate(Map<String, Object> item) {
        List<FieldError> errors = new ArrayList<>();
        if (item == null) {
            errors.add(new FieldError("", "The source is empty: send one CSL-JSON item, an object with at least type and title."));
            return errors;
        }
        checkType(item, errors);
        checkTitle(item, errors);
        for (Map.Entry<String, Object> entry : item.entrySet()) {
            String name = entry.getKey();
            if (name == null) {
                errors.add(new FieldError("", "A field has no name."));
                continue;
            }
            if (name.equals("type") || name.equals("title")) {
                continue;
            }
            Object value = entry.getValue();
            switch (CslVariable.kindOf(name)) {
                case STRING -> checkText(name, value, errors);
                case NUMBER -> checkNumberish(name, value, errors);
                case NAME -> checkNames(name, value, errors);
                case DATE -> checkDate(name, value, errors);
                case STRUCTURED -> checkStructured(name, value, errors);
                case UNKNOWN -> checkJson(name, value, 0, errors);
            }
        }
        return errors;
    }

    /** Whether the item has no problems. */
    public boolean isValid(Map<String, Object> item) {
        return validate(item).isEmpty();
    }

    // ---------------------------------------------------------------- type and title

    private static void checkType(Map<String, Object> item, List<FieldError> errors) {
        Object type = item.get("type");
        if (type == null || (type instanceof String s && s.isBlank())) {
            errors.add(new FieldError("type", "Type is required: say what kind of work this is, e.g. book, article-journal, chapter or report."));
            return;
        }
        if (!(type instanceof String s)) {
            errors.add(new FieldError("type", "Type must be text such as \"book\", got " + describe(type) + "."));
            return;
        }
        if (CslItemType.fromCsl(s).isPresent()) {
            return;
        }
        String wanted = s.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        Optional<CslItemType> near = Arrays.stream(CslItemType.values())
                .filter(t -> t.cslName().replace('_', '-').equals(wanted.replace('_', '-')))
                .findFirst();
        errors.add(new FieldError("type", near
                .map(t -> "\"" + s + "\" is not a CSL item type; did you mean \"" + t.cslName() + "\"?")
                .orElse("\"" + s + "\" is not a CSL item type; use one of: "
                        + Arrays.stream(CslItemType.values()).map(CslItemType::cslName).collect(Collectors.joining(", ")) + ".")));
    }

    private static void checkTitle(Map<String, Object> item, List<FieldError> errors) {
        Object title = item.get("title");
        if (title == null) {
            errors.add(new FieldError("title", "Title is required."));
        } else if (!(title instanceof String s)) {
            errors.add(new FieldError("title", "Title must be text, got " + describe(title) + "."));
        } else if (s.isBlank()) {
            errors.add(new FieldError("title", "Title must not be empty."));
        }
    }

    // ---------------------------------------------------------------- text and numbers

    private static void checkText(String name, Object value, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldError(name, label(name) + " must be text, got " + describe(value) + "."));
            return;
        }
        if (s.isBlank()) {
            return;
        }
        switch (name) {
            case "DOI" -> {
                if (Identifiers.normalizeDoi(s).isEmpty()) {
                    errors.add(new FieldError(name, "\"" + clip(s) + "\" is not a DOI: a DOI starts with 10., a number and a slash, e.g. 10.1000/xyz123 (a doi.org link is fine too)."));
                }
            }
            case "ISBN" -> {
                if (Identifiers.normalizeIsbn(s).isEmpty()) {
                    errors.add(new FieldError(name, "\"" + clip(s) + "\" is not an ISBN: an ISBN has 10 or 13 digits (the last of 10 may be X); separate several with commas."));
                }
            }
            case "ISSN" -> {
                if (Identifiers.normalizeIssns(s).isEmpty()) {
                    errors.add(new FieldError(name, "\"" + clip(s) + "\" is not an ISSN: an ISSN has 8 characters, e.g. 0378-5955 (the last may be X); separate several with commas."));
                }
            }
            case "URL" -> {
                if (Identifiers.normalizeUrl(s).isEmpty()) {
                    errors.add(new FieldError(name, "\"" + clip(s) + "\" is not a web address: give a full URL such as https://example.org/page, without spaces."));
                }
            }
            default -> {
            }
        }
    }

    private static void checkNumberish(String name, Object value, List<FieldError> errors) {
        if (value instanceof String) {
            return;
        }
        if (value instanceof Number n && isFinite(n)) {
            return;
        }
        errors.add(new FieldError(name, label(name) + " must be a number or text, got " + describe(value) + "."));
    }

    // ---------------------------------------------------------------- names

    private static void checkNames(String name, Object value, List<FieldError> errors) {
        if (!(value instanceof List<?> names)) {
            errors.add(new FieldError(name, label(name) + " must be a list of names, e.g. [{\"family\": \"Haggard\", \"given\": \"Stephen\"}] or [{\"literal\": \"Amnesty International\"}]; got " + describe(value) + "."));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String at = name + "[" + i + "]";
            Object element = names.get(i);
            if (!(element instanceof Map<?, ?> person)) {
                errors.add(new FieldError(at, "Name " + (i + 1) + " must be an object with family and given name, or a literal; got " + describe(element) + "."));
                continue;
            }
            boolean hasName = false;
            for (Map.Entry<?, ?> member : person.entrySet()) {
                if (!(member.getKey() instanceof String key)) {
                    errors.add(new FieldError(at, "Name " + (i + 1) + " has a part without a name."));
                    continue;
                }
                Object part = member.getValue();
                String where = at + "." + key;
                if (NAME_TEXT_MEMBERS.contains(key)) {
                    if (!(part instanceof String s)) {
                        errors.add(new FieldError(where, MEMBER_WORDS.get(key) + " must be text, got " + describe(part) + "."));
                    } else if (!s.isBlank() && (key.equals("family") || key.equals("given") || key.equals("literal"))) {
                        hasName = true;
                    }
                } else if (NAME_FLAG_MEMBERS.contains(key)) {
                    if (!(part instanceof String || part instanceof Boolean || (part instanceof Number n && isFinite(n)))) {
                        errors.add(new FieldError(where, "\"" + key + "\" must be true or false, got " + describe(part) + "."));
                    }
                } else {
                    checkJson(where, part, 1, errors);
                }
            }
            if (!hasName && errors.stream().noneMatch(e -> e.field().startsWith(at + "."))) {
                errors.add(new FieldError(at, "Name " + (i + 1) + " is empty: give a family name (and given name), or a literal for an organisation."));
            }
        }
    }

    // ---------------------------------------------------------------- dates

    private static void checkDate(String name, Object value, List<FieldError> errors) {
        if (!(value instanceof Map<?, ?> date)) {
            String example = value instanceof String s
                    ? " (for a date in words, write {\"raw\": \"" + clip(s) + "\"} or {\"literal\": \"" + clip(s) + "\"})" : "";
            errors.add(new FieldError(name, label(name) + " must be a date object such as {\"date-parts\": [[2006, 3, 24]]}; got "
                    + describe(value) + example + "."));
            return;
        }
        boolean hasDate = false;
        for (Map.Entry<?, ?> member : date.entrySet()) {
            if (!(member.getKey() instanceof String key)) {
                errors.add(new FieldError(name, label(name) + " has a part without a name."));
                continue;
            }
            Object part = member.getValue();
            String where = name + "." + key;
            switch (key) {
                case "date-parts" -> hasDate |= checkDateParts(where, part, errors);
                case "literal", "raw" -> {
                    if (!(part instanceof String s)) {
                        errors.add(new FieldError(where, "The " + key + " date must be text, got " + describe(part) + "."));
                    } else {
                        hasDate |= !s.isBlank();
                    }
                }
                case "season" -> checkSeason(where, part, errors);
                case "circa" -> {
                    if (!(part instanceof String || part instanceof Boolean || (part instanceof Number n && isFinite(n)))) {
                        errors.add(new FieldError(where, "Circa must be true or false, got " + describe(part) + "."));
                    }
                }
                default -> checkJson(where, part, 1, errors);
            }
        }
        if (!hasDate && errors.stream().noneMatch(e -> e.field().startsWith(name + "."))) {
            errors.add(new FieldError(name, label(name) + " has no date: give date-parts such as [[2006, 3, 24]], or the date in words as literal."));
        }
    }

    /** Checks date-parts; true if it holds at least one date. */
    private static boolean checkDateParts(String where, Object value, List<FieldError> errors) {
        if (!(value instanceof List<?> ranges)) {
            errors.add(new FieldError(where, "Date parts must be a list such as [[2006, 3, 24]], got " + describe(value) + "."));
            return false;
        }
        if (ranges.isEmpty()) {
            return false;
        }
        if (ranges.size() > 2) {
            errors.add(new FieldError(where, "Date parts hold one date, or two for a range, not " + ranges.size() + "."));
            return false;
        }
        boolean ok = true;
        for (int r = 0; r < ranges.size(); r++) {
            ok &= checkDatePoint(where + "[" + r + "]", ranges.get(r), r == 1, errors);
        }
        return ok;
    }

    private static boolean checkDatePoint(String where, Object value, boolean rangeEnd, List<FieldError> errors) {
        if (!(value instanceof List<?> parts) || parts.isEmpty() || parts.size() > 3) {
            errors.add(new FieldError(where, "A date must be a list of year, month and day, e.g. [2006, 3, 24] or [2006]; got "
                    + describe(value) + "."));
            return false;
        }
        Integer[] numbers = new Integer[3];
        boolean ok = true;
        boolean blankSeen = false;
        for (int p = 0; p < parts.size(); p++) {
            Object part = parts.get(p);
            String at = where + "[" + p + "]";
            if (part instanceof String s && s.isBlank() && p > 0) {
                blankSeen = true;
                continue;
            }
            if (blankSeen) {
                errors.add(new FieldError(at, PART_NAMES[p] + " is given but " + PART_NAMES[p - 1].toLowerCase(Locale.ROOT) + " is empty."));
                ok = false;
                continue;
            }
            if (!(part instanceof String) && !(part instanceof Number)) {
                errors.add(new FieldError(at, PART_NAMES[p] + " must be a whole number, got " + describe(part) + "."));
                ok = false;
                continue;
            }
            Optional<Integer> n = CslDate.integer(part);
            if (n.isEmpty()) {
                errors.add(new FieldError(at, PART_NAMES[p] + " must be a whole number, got " + shown(part) + "."));
                ok = false;
                continue;
            }
            numbers[p] = n.get();
        }
        if (!ok) {
            return false;
        }
        Integer year = numbers[0];
        Integer month = numbers[1];
        Integer day = numbers[2];
        if (rangeEnd && year == 0 && month == null) {
            return true; // open range: [[1987], [0]]
        }
        if (month != null) {
            int season = CslDate.seasonOfMonth(month);
            boolean eDtfSeason = month >= 21 && month <= 24;
            if (!(month >= 1 && month <= 12) && !eDtfSeason) {
                errors.add(new FieldError(where + "[1]", "Month must be between 1 and 12 (or 21 to 24 for spring to winter), got " + month + "."));
                return false;
            }
            if (day != null && season > 0) {
                errors.add(new FieldError(where + "[2]", "A season has no day: leave the day out."));
                return false;
            }
            if (day != null && (day < 1 || day > 31)) {
                errors.add(new FieldError(where + "[2]", "Day must be between 1 and 31, got " + day + "."));
                return false;
            }
            if (day != null && !CslDate.dayExists(year, month, day)) {
                errors.add(new FieldError(where + "[2]", "Day " + day + " does not exist in "
                        + CslDate.ofParts(year, month).display() + "."));
                return false;
            }
        }
        return true;
    }

    private static void checkSeason(String where, Object value, List<FieldError> errors) {
        if (value instanceof String s && CslDate.integer(s).isEmpty()) {
            return;
        }
        if (value instanceof String || value instanceof Number) {
            Optional<Integer> n = CslDate.integer(value);
            if (n.isEmpty() || n.get() < 1 || n.get() > 4) {
                errors.add(new FieldError(where, "Season must be 1 to 4 (spring to winter) or a word such as \"Spring\", got " + shown(value) + "."));
            }
            return;
        }
        errors.add(new FieldError(where, "Season must be 1 to 4 (spring to winter) or a word such as \"Spring\", got " + describe(value) + "."));
    }

    // ---------------------------------------------------------------- categories, custom, unknown

    private static void checkStructured(String name, Object value, List<FieldError> errors) {
        if (name.equals("categories")) {
            if (!(value instanceof List<?> list)) {
                errors.add(new FieldError(name, "Categories must be a list of words, got " + describe(value) + "."));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String)) {
                    errors.add(new FieldError(name + "[" + i + "]", "A category must be text, got " + describe(list.get(i)) + "."));
                }
            }
        } else if (name.equals("custom")) {
            if (!(value instanceof Map<?, ?>)) {
                errors.add(new FieldError(name, "Custom must be an object of named values, got " + describe(value) + "."));
                return;
            }
            checkJson(name, value, 0, errors);
        }
    }

    /** Accepts any JSON value (null, text, number, true/false, list, object); reports anything else. */
    private static void checkJson(String where, Object value, int depth, List<FieldError> errors) {
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(where, "This value is nested too deeply (more than " + MAX_DEPTH + " levels)."));
            return;
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return;
        }
        if (value instanceof Number n) {
            if (!isFinite(n)) {
                errors.add(new FieldError(where, "Numbers must be finite, got " + n + "."));
            }
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkJson(where + "[" + i + "]", list.get(i), depth + 1, errors);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    errors.add(new FieldError(where, "Every member of an object needs a name."));
                    continue;
                }
                checkJson(where + "." + key, e.getValue(), depth + 1, errors);
            }
            return;
        }
        errors.add(new FieldError(where, "This value cannot be stored as JSON (" + value.getClass().getSimpleName() + ")."));
    }

    // ---------------------------------------------------------------- words

    private static boolean isFinite(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue());
        }
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigDecimal || n instanceof BigInteger;
    }

    /** The variable as a word at the start of a sentence: "Author", "Container title", "DOI". */
    private static String label(String variable) {
        if (variable.equals(variable.toUpperCase(Locale.ROOT))) {
            return variable;
        }
        String words = variable.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        if (value instanceof String s) {
            return "the text \"" + clip(s) + "\"";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + clip(s) + "\"" : String.valueOf(value);
    }

    private static String clip(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}

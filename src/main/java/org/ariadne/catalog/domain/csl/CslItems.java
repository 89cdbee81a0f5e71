package org.ariadne.catalog.domain.csl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Small readings of a CSL-JSON item (a Map tree of String, Number, Boolean, List, Map) for the rest of the catalogue.
 * All are lenient and total: a missing or mis-shaped variable reads as absent, never as an exception.
 */
public final class CslItems {

    private static final int MAX_DEPTH = 64;
    private static final List<String> LEADING_KEYS = List.of("id", "type", "title");

    private CslItems() {
    }

    /** The title, if it is non-blank text. */
    public static Optional<String> title(Map<String, Object> item) {
        return text(item, "title");
    }

    /** The item type, if it is one of CSL's. */
    public static Optional<CslItemType> type(Map<String, Object> item) {
        return item != null && item.get("type") instanceof String s ? CslItemType.fromCsl(s) : Optional.empty();
    }

    /** A variable's value if it is non-blank text. */
    public static Optional<String> text(Map<String, Object> item, String variable) {
        return item != null && item.get(variable) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** The names of a name variable ("author", "editor", ...), in order; entries that are not names are skipped. */
    public static List<PersonName> names(Map<String, Object> item, String variable) {
        if (item == null || !(item.get(variable) instanceof List<?> list)) {
            return List.of();
        }
        List<PersonName> names = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof Map<?, ?> map) {
                PersonName name = PersonName.of(stringKeyed(map));
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The date of a date variable ("issued", "accessed", ...), if it holds one. */
    public static Optional<CslDate> date(Map<String, Object> item, String variable) {
        return item != null && item.get(variable) instanceof Map<?, ?> map ? CslDate.of(stringKeyed(map)) : Optional.empty();
    }

    public static Optional<CslDate> issued(Map<String, Object> item) {
        return date(item, "issued");
    }

    /**
     * A variable's value as people read it, as the history and the merge view show it: the type's label ("Newspaper
     * article"), names as "Stephan Haggard; Marcus Noland", a date as the catalogue shows dates ("6 December 2023").
     * Any other value, and one of the wrong shape, is returned as it is.
     */
    public static Object readable(String variable, Object value) {
        Map<String, Object> item = Collections.singletonMap(variable, value);
        VariableKind kind = CslVariable.kindOf(variable);
        if ("type".equals(variable)) {
            return type(item).<Object>map(CslItemType::label).orElse(value);
        }
        if (kind == VariableKind.NAME && value instanceof List<?>) {
            List<PersonName> names = names(item, variable);
            return names.isEmpty() ? value : String.join("; ", names.stream().map(PersonName::displayName).toList());
        }
        if (kind == VariableKind.DATE) {
            Optional<String> shown = date(item, variable).map(CslDate::display).filter(text -> !text.isBlank());
            return shown.isPresent() ? shown.get() : value;
        }
        return value;
    }

    /** The sort name ("Haggard, Stephen") of the first author, else of the first editor. */
    public static Optional<String> firstCreatorSortName(Map<String, Object> item) {
        for (String variable : List.of("author", "editor")) {
            List<PersonName> names = names(item, variable);
            if (!names.isEmpty()) {
                return Optional.of(names.get(0).sortName());
            }
        }
        return Optional.empty();
    }

    /** The identifiers in normal form; a DOI is also taken from a doi.org URL when the item has no DOI. */
    public static NormalizedIdentifiers identifiers(Map<String, Object> item) {
        Optional<String> doi = text(item, "DOI").flatMap(Identifiers::normalizeDoi);
        Optional<String> url = text(item, "URL").flatMap(Identifiers::normalizeUrl);
        if (doi.isEmpty() && url.filter(u -> u.matches("https?://(dx\\.|www\\.)?doi\\.org/.*")).isPresent()) {
            doi = Identifiers.normalizeDoi(url.get());
        }
        return new NormalizedIdentifiers(doi,
                text(item, "ISBN").map(Identifiers::normalizeIsbn).orElse(List.of()),
                text(item, "ISSN").flatMap(Identifiers::normalizeIssn),
                url);
    }

    /**
     * A deep, mutable copy: objects become LinkedHashMaps (order kept), arrays ArrayLists, scalars are shared (they are
     * immutable). A null item gives an empty map.
     *
     * @throws IllegalArgumentException if the tree is nested deeper than 64 levels (or refers to itself)
     */
    public static Map<String, Object> deepCopy(Map<String, Object> item) {
        if (item == null) {
            return new LinkedHashMap<>();
        }
        return copyMap(item, 0, false);
    }

    /**
     * A deep copy in one canonical form, so that the same item sent twice compares equal (for ETags and change history):
     * object members in a fixed order ({@code id}, {@code type}, {@code title} first, then by name; nested objects by
     * name), numbers as Long when whole, else BigDecimal without trailing zeros. Nothing else changes: every value,
     * text and identifier stays exactly as given; normal forms of identifiers come from {@link #identifiers(Map)}.
     *
     * @throws IllegalArgumentException if the tree is nested deeper than 64 levels (or refers to itself)
     */
    public static Map<String, Object> canonicalize(Map<String, Object> item) {
        if (item == null) {
            return new LinkedHashMap<>();
        }
        return copyMap(item, 0, true);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, int depth, boolean canonical) {
        checkDepth(depth);
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (canonical) {
            Comparator<String> order = depth == 0
                    ? Comparator.<String>comparingInt(k -> LEADING_KEYS.contains(k) ? LEADING_KEYS.indexOf(k) : LEADING_KEYS.size())
                            .thenComparing(Comparator.naturalOrder())
                    : Comparator.naturalOrder();
            entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey()), order));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entries) {
            copy.put(e.getKey() == null ? null : String.valueOf(e.getKey()), copyValue(e.getValue(), depth + 1, canonical));
        }
        return copy;
    }

    private static Object copyValue(Object value, int depth, boolean canonical) {
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, depth, canonical);
        }
        if (value instanceof List<?> list) {
            checkDepth(depth);
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copyValue(element, depth + 1, canonical));
            }
            return copy;
        }
        if (canonical && value instanceof Number n) {
            return canonicalNumber(n);
        }
        return value;
    }

    private static Number canonicalNumber(Number n) {
        BigDecimal decimal;
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        } else if (n instanceof BigDecimal b) {
            decimal = b;
        } else if (n instanceof BigInteger b) {
            decimal = new BigDecimal(b);
        } else if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
            decimal = new BigDecimal(n.toString());
        } else {
            return n;
        }
        decimal = decimal.stripTrailingZeros();
        if (decimal.scale() <= 0 && decimal.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && decimal.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
            return decimal.longValueExact();
        }
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("CSL item nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static Map<String, Object> stringKeyed(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() instanceof String key) {
                copy.put(key, e.getValue());
            }
        }
        return copy;
    }

    /** CSL-JSON flags as real data has them: true, 1, "true", "1", "yes"; false for absent, 0, "false", "0", "". */
    static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            return !t.isEmpty() && !t.equals("false") && !t.equals("0");
        }
        return false;
    }
}

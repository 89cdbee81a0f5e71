package org.ariadne.catalog.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslVariable;
import org.ariadne.catalog.domain.csl.Identifiers;
import org.ariadne.catalog.domain.csl.NameMatch;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.catalog.domain.csl.VariableKind;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The description two duplicate records of one work merge into, field by field. For each CSL variable either record
 * holds, the default is the better of the two: the one that is not empty, the longer text, the more precise date;
 * names, ISBNs, ISSNs and categories default to the union of both; the type and single identifiers (DOI, URL) stay
 * the survivor's when both have one. A librarian may choose otherwise per field.
 * Tags and subject headings are always the union.
 */
public final class SourceMerge {

    /** Whose value a merged field takes. */
    public enum Choice {
        SURVIVOR, LOSER, BOTH;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Choice named(String name) {
            for (Choice choice : values()) {
                if (choice.wireName().equals(name)) {
                    return choice;
                }
            }
            return null;
        }
    }

    /** One field of the merge: both records' values, the choice and what the merged record gets. */
    public record Field(String name, Object survivor, Object loser, Choice choice, Object merged, boolean unionable) {
    }

    private static final Set<String> UNIONABLE_STRINGS = Set.of("ISBN", "ISSN");

    /** Single identifiers and the type: another value is not a better one, so the survivor's stays unless chosen. */
    private static final Set<String> SURVIVOR_FIRST = Set.of("type", "DOI", "URL", "PMID", "PMCID");

    private final Map<String, Object> survivor;
    private final Map<String, Object> loser;

    public SourceMerge(Map<String, Object> survivor, Map<String, Object> loser) {
        this.survivor = Objects.requireNonNull(survivor);
        this.loser = Objects.requireNonNull(loser);
    }

    /** The fields with the default choices. */
    public List<Field> fields() {
        return fields(Map.of());
    }

    /**
     * The fields with the given choices (by field name) over the defaults.
     *
     * @throws InvalidInputException naming {@code choose.<field>} for a field neither record has or a choice it
     *                               cannot take ("both" for a field that is not a list)
     */
    public List<Field> fields(Map<String, String> choices) {
        Set<String> names = new LinkedHashSet<>(survivor.keySet());
        names.addAll(loser.keySet());
        CslItem.ARIADNE_MEMBERS.forEach(names::remove);
        List<InputProblem> problems = new ArrayList<>();
        for (var entry : choices.entrySet()) {
            Choice choice = Choice.named(entry.getValue());
            String field = "choose." + entry.getKey();
            if (!names.contains(entry.getKey())) {
                problems.add(InputProblem.ofField(field, "Neither record has a field \"" + entry.getKey() + "\"."));
            } else if (choice == null) {
                problems.add(InputProblem.ofField(field, "Choose \"survivor\", \"loser\" or \"both\"; not \""
                        + entry.getValue() + "\"."));
            } else if (choice == Choice.BOTH && !unionable(entry.getKey())) {
                problems.add(InputProblem.ofField(field, "Only names, ISBN, ISSN and categories can take \"both\"."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            Object mine = present(survivor.get(name)) ? survivor.get(name) : null;
            Object theirs = present(loser.get(name)) ? loser.get(name) : null;
            Choice choice = choices.containsKey(name) ? Choice.named(choices.get(name)) : defaultChoice(name, mine, theirs);
            fields.add(new Field(name, mine, theirs, choice, value(name, mine, theirs, choice), unionable(name)));
        }
        return fields;
    }

    /** The merged item: every field with its chosen value, in the survivor's order of fields, then the loser's. */
    public Map<String, Object> mergedItem(Map<String, String> choices) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (Field field : fields(choices)) {
            if (field.merged() != null) {
                item.put(field.name(), field.merged());
            }
        }
        return item;
    }

    /** Tags or subject headings of both records, sorted. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static boolean unionable(String name) {
        return CslVariable.kindOf(name) == VariableKind.NAME || UNIONABLE_STRINGS.contains(name)
                || "categories".equals(name);
    }

    private static Choice defaultChoice(String name, Object mine, Object theirs) {
        if (theirs == null) {
            return Choice.SURVIVOR;
        }
        if (mine == null) {
            return Choice.LOSER;
        }
        if (unionable(name)) {
            return Choice.BOTH;
        }
        if (SURVIVOR_FIRST.contains(name)) {
            return Choice.SURVIVOR;
        }
        if (CslVariable.kindOf(name) == VariableKind.DATE) {
            return precision(theirs) > precision(mine) ? Choice.LOSER : Choice.SURVIVOR;
        }
        if (mine instanceof Map<?, ?> || mine instanceof List<?>) {
            return Choice.SURVIVOR;
        }
        return text(theirs).length() > text(mine).length() ? Choice.LOSER : Choice.SURVIVOR;
    }

    private static Object value(String name, Object mine, Object theirs, Choice choice) {
        return switch (choice) {
            case SURVIVOR -> mine;
            case LOSER -> theirs;
            case BOTH -> both(name, mine, theirs);
        };
    }

    private static Object both(String name, Object mine, Object theirs) {
        if (mine == null || theirs == null) {
            return mine == null ? theirs : mine;
        }
        if (CslVariable.kindOf(name) == VariableKind.NAME) {
            return names(mine, theirs);
        }
        if ("ISBN".equals(name)) {
            return identifiers(text(mine), text(theirs), Identifiers::normalizeIsbn);
        }
        if ("ISSN".equals(name)) {
            return identifiers(text(mine), text(theirs), Identifiers::normalizeIssns);
        }
        List<Object> all = new ArrayList<>(asList(mine));
        asList(theirs).stream().filter(value -> !all.contains(value)).forEach(all::add);
        return all;
    }

    /**
     * The survivor's names in order, a compatible name of the loser replacing its shorter form ("Haggard, S." by
     * "Haggard, Stephen"), then the loser's names that are nobody on the survivor's list.
     */
    private static List<Object> names(Object mine, Object theirs) {
        List<Object> merged = new ArrayList<>(asList(mine));
        for (Object other : asList(theirs)) {
            if (!(other instanceof Map<?, ?> otherMap)) {
                continue;
            }
            PersonName theirName = PersonName.of(cast(otherMap));
            boolean placed = false;
            for (int i = 0; i < merged.size() && !placed; i++) {
                if (merged.get(i) instanceof Map<?, ?> mineMap) {
                    PersonName myName = PersonName.of(cast(mineMap));
                    NameMatch match = myName.matches(theirName);
                    if (match != NameMatch.DIFFERENT) {
                        if (theirName.displayName().length() > myName.displayName().length()) {
                            merged.set(i, other);
                        }
                        placed = true;
                    }
                }
            }
            if (!placed) {
                merged.add(other);
            }
        }
        return merged;
    }

    private static String identifiers(String mine, String theirs,
                                      java.util.function.Function<String, List<String>> normalise) {
        List<String> known = new ArrayList<>(normalise.apply(mine));
        StringBuilder merged = new StringBuilder(mine.strip());
        for (String part : theirs.split("[,;/]+|\\s+(?=[0-9Xx])")) {
            List<String> normalised = normalise.apply(part);
            if (!normalised.isEmpty() && !known.containsAll(normalised)) {
                merged.append(", ").append(part.strip());
                known.addAll(normalised);
            }
        }
        return merged.toString();
    }

    /** 3 for year, month and day; 2 for year and month or season; 1 for a year; 0 for a literal or nothing. */
    static int precision(Object date) {
        if (!(date instanceof Map<?, ?> map)) {
            return 0;
        }
        return CslDate.of(cast(map)).map(d -> (d.year().isPresent() ? 1 : 0)
                + (d.month().isPresent() || d.season().isPresent() ? 1 : 0)
                + (d.day().isPresent() ? 1 : 0)).orElse(0);
    }

    private static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}

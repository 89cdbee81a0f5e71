package org.ariadne.catalog.domain;

import org.ariadne.catalog.domain.csl.CslItemValidator;
import org.ariadne.catalog.domain.csl.CslVariable;
import org.ariadne.catalog.domain.csl.FieldError;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSL-JSON item as the catalogue keeps it: every variable as given, without Ariadne's own {@code id} and
 * {@code custom} members. Immutable.
 */
public final class CslItem {

    /** Members that belong to Ariadne and are never stored as part of the description. */
    public static final List<String> ARIADNE_MEMBERS = List.of("id", "custom");

    private final Map<String, Object> tree;

    private CslItem(Map<String, Object> tree) {
        this.tree = Collections.unmodifiableMap(tree);
    }

    /**
     * Checks an item as a client sent it and keeps it without Ariadne's members.
     *
     * @throws InvalidInputException naming every field that is wrong
     */
    public static CslItem validated(Map<String, Object> given) {
        List<InputProblem> problems = new ArrayList<>();
        for (FieldError error : new CslItemValidator().validate(given)) {
            problems.add(InputProblem.ofField(error.field(), error.message()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The CSL-JSON item is not valid: " + problems.get(0).message(), problems);
        }
        Map<String, Object> kept = new LinkedHashMap<>(given);
        ARIADNE_MEMBERS.forEach(kept::remove);
        return new CslItem(kept);
    }

    static CslItem fromJson(String json) {
        return new CslItem(CslJson.parseObject(json));
    }

    public String json() {
        return CslJson.write(tree);
    }

    public Map<String, Object> tree() {
        return tree;
    }

    public SourceFacts facts() {
        return CslFacts.of(tree);
    }

    /** The names this item credits, per CSL name variable, in order. */
    public List<CreditedName> names() {
        List<CreditedName> names = new ArrayList<>();
        for (var entry : tree.entrySet()) {
            if (CslVariable.nameVariables().contains(entry.getKey()) && entry.getValue() instanceof List<?> list) {
                int position = 0;
                for (Object name : list) {
                    if (name instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> nameMap = (Map<String, Object>) map;
                        names.add(new CreditedName(entry.getKey(), position, PersonName.of(nameMap)));
                    }
                    position++;
                }
            }
        }
        return names;
    }

    /** A name credited under a CSL name variable (its role) at a position. */
    public record CreditedName(String role, int position, PersonName name) {
    }
}

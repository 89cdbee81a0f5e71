package org.ariadne.catalog.rest;

import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the paging and sorting query parameters, refusing bad ones with a message per parameter. */
public final class Paging {

    private Paging() {
    }

    static SourceQuery query(String q, String type, String sort, String page, String size) {
        List<InputProblem> problems = new ArrayList<>();
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / SourceQuery.MAX_SIZE, problems);
        int pageSize = number("size", size, 1, SourceQuery.MAX_SIZE, problems);
        boolean descending = sort.startsWith("-");
        SourceQuery.Sort order = null;
        try {
            order = SourceQuery.Sort.valueOf(sort.substring(descending ? 1 : 0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.ofField("sort", "Sort by one of title, creator, issued, type, updated, created or"
                    + " id, with a leading - for descending order; not \"" + sort + "\"."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return new SourceQuery(q, type, order, descending, pageNumber, pageSize);
    }

    /** A whole number from {@code min} to {@code max}; otherwise a problem naming the parameter is added. */
    public static int number(String name, String value, int min, int max, List<InputProblem> problems) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(InputProblem.ofField(name, name + " must be a whole number from " + min + " to " + max
                + ", not \"" + value + "\"."));
        return min;
    }
}

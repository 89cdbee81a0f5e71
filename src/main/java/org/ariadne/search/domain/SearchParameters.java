package org.ariadne.search.domain;

import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as named parameters (the query string of {@code GET /api/search}, the address of the results page, and
 * what a saved search keeps), read into a {@link SearchRequest} with one message per parameter in error. The words
 * of {@code q} are never refused for their syntax: quotes, colons, stars and brackets are read leniently.
 */
public final class SearchParameters {

    public static final List<String> NAMES = List.of("q", "kind", "type", "yearFrom", "yearTo", "contributor",
            "hasText", "status", "sort", "page", "size");

    private SearchParameters() {
    }

    public static SearchRequest parse(Map<String, String> parameters) {
        List<InputProblem> problems = new ArrayList<>();
        String q = text(parameters, "q");
        if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            problems.add(InputProblem.ofField("q", "The search may be at most " + SearchRequest.MAX_QUERY_LENGTH
                    + " characters long; this one has " + q.length() + "."));
        }
        Set<HitKind> kinds = EnumSet.noneOf(HitKind.class);
        String kind = text(parameters, "kind");
        if (kind != null) {
            for (String name : kind.split(",")) {
                HitKind.ofWireName(name.strip()).filter(HitKind.SEARCHABLE::contains).ifPresentOrElse(kinds::add,
                        () -> problems.add(InputProblem.ofField("kind", "kind is source, claim or footnote (or"
                                + " several, separated by commas), not \"" + name.strip() + "\".")));
            }
        }
        Integer yearFrom = number(parameters, "yearFrom", -9999, 9999, problems);
        Integer yearTo = number(parameters, "yearTo", -9999, 9999, problems);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            problems.add(InputProblem.ofField("yearTo", "yearTo (" + yearTo + ") comes before yearFrom ("
                    + yearFrom + ")."));
        }
        Boolean hasText = null;
        String hasTextValue = text(parameters, "hasText");
        if (hasTextValue != null) {
            if (hasTextValue.equals("true") || hasTextValue.equals("false")) {
                hasText = Boolean.valueOf(hasTextValue);
            } else {
                problems.add(InputProblem.ofField("hasText", "hasText is true or false, not \"" + hasTextValue
                        + "\"."));
            }
        }
        SearchRequest.SortOrder sort = SearchRequest.SortOrder.RELEVANCE;
        String sortValue = text(parameters, "sort");
        if (sortValue != null) {
            switch (sortValue) {
                case "relevance" -> sort = SearchRequest.SortOrder.RELEVANCE;
                case "date" -> sort = SearchRequest.SortOrder.DATE;
                case "-date" -> sort = SearchRequest.SortOrder.DATE_DESC;
                default -> problems.add(InputProblem.ofField("sort", "sort is relevance, date (oldest first) or"
                        + " -date (newest first), not \"" + sortValue + "\"."));
            }
        }
        Integer page = number(parameters, "page", 0, 10_000, problems);
        Integer size = number(parameters, "size", 1, SearchRequest.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        SearchRequest.Filters filters = new SearchRequest.Filters(text(parameters, "type"), yearFrom, yearTo,
                text(parameters, "contributor"), hasText, text(parameters, "status"));
        return new SearchRequest(q, kinds, filters, sort, page == null ? 0 : page, size == null ? 20 : size);
    }

    /** The parameters that say a request again (without its page), e.g. to keep it as a saved search. */
    public static Map<String, String> of(SearchRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!request.q().isEmpty()) {
            parameters.put("q", request.q());
        }
        if (!request.kinds().equals(HitKind.SEARCHABLE)) {
            parameters.put("kind", String.join(",", request.kinds().stream().map(HitKind::wireName).sorted()
                    .toList()));
        }
        SearchRequest.Filters f = request.filters();
        putIfSet(parameters, "type", f.type());
        putIfSet(parameters, "yearFrom", f.yearFrom());
        putIfSet(parameters, "yearTo", f.yearTo());
        putIfSet(parameters, "contributor", f.contributor());
        putIfSet(parameters, "hasText", f.hasText());
        putIfSet(parameters, "status", f.status());
        switch (request.sort()) {
            case DATE -> parameters.put("sort", "date");
            case DATE_DESC -> parameters.put("sort", "-date");
            default -> { }
        }
        return parameters;
    }

    /** The parameters as a query string ({@code q=a+b&sort=-date}), in the order of {@link #NAMES}. */
    public static String toQueryString(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        for (String key : NAMES) {
            String value = parameters.get(key);
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(key).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** The parameters of a query string; names that are not search parameters are kept, for the caller to refuse. */
    public static Map<String, String> fromQueryString(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void putIfSet(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, String.valueOf(value));
        }
    }

    private static String text(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(Map<String, String> parameters, String name, int min, int max,
                                  List<InputProblem> problems) {
        String value = text(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(InputProblem.ofField(name, name + " must be a whole number from " + min + " to " + max
                + ", not \"" + value + "\"."));
        return null;
    }
}

package org.ariadne.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search a user keeps under a name: the words, filters and order of a search (never its results), so that
 * running it again, or using it as the sources of a bibliography, answers with what the catalogue holds now.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int MAX_NAME = 200;
    /** The longest search kept, as its query string (the column holds 16,000 characters). */
    public static final int MAX_PARAMETERS = 12_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String owner;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 16_000)
    private String parameters;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedSearch() {
    }

    /**
     * @param search the parameters of the search, named as {@code GET /api/search} names them
     * @throws InvalidInputException naming {@code name} or {@code search.<parameter>}
     */
    public static SavedSearch save(String owner, String name, Map<String, String> search, Instant at) {
        SavedSearch saved = new SavedSearch();
        saved.owner = Objects.requireNonNull(owner);
        saved.name = checkedName(name);
        saved.parameters = SearchParameters.toQueryString(checkedSearch(search));
        saved.createdAt = stored(at);
        saved.updatedAt = saved.createdAt;
        return saved;
    }

    public void rename(String newName, Instant at) {
        String checked = checkedName(newName);
        if (!checked.equals(name)) {
            name = checked;
            updatedAt = stored(at);
        }
    }

    /** Keeps another search under the same name. */
    public void redefine(Map<String, String> search, Instant at) {
        String encoded = SearchParameters.toQueryString(checkedSearch(search));
        if (!encoded.equals(parameters)) {
            parameters = encoded;
            updatedAt = stored(at);
        }
    }

    /** The search as it runs now, one page of it. */
    public SearchRequest request(int page, int size) {
        Map<String, String> all = new HashMap<>(search());
        all.put("page", String.valueOf(page));
        all.put("size", String.valueOf(size));
        return SearchParameters.parse(all);
    }

    /** The parameters of the search, in the order of {@link SearchParameters#NAMES}. */
    public Map<String, String> search() {
        return Collections.unmodifiableMap(SearchParameters.fromQueryString(parameters));
    }

    /** The search as the query string of {@code GET /api/search} or of the results page. */
    public String queryString() {
        return parameters;
    }

    public boolean ownedBy(String user) {
        return owner.equals(user);
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    /**
     * The search in its normal form (what {@link SearchParameters#of} gives back for it), with one problem per
     * parameter in error, each named {@code search.<parameter>}. Paging is not part of a saved search.
     */
    static Map<String, String> checkedSearch(Map<String, String> search) {
        Map<String, String> given = search == null ? Map.of() : search;
        List<InputProblem> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (key.equals("page") || key.equals("size")) {
                problems.add(InputProblem.ofField("search." + key, "A saved search keeps no " + key
                        + ": it is chosen each time the search runs."));
            } else if (!SearchParameters.NAMES.contains(key)) {
                problems.add(InputProblem.ofField("search." + key, "\"" + key + "\" is not a search parameter; a"
                        + " search has q, kind, type, yearFrom, yearTo, contributor, hasText, status and sort."));
            }
        }
        Map<String, String> normal = Map.of();
        try {
            normal = SearchParameters.of(SearchParameters.parse(given));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(InputProblem.ofField("search." + p.field(), p.message())));
        }
        if (problems.isEmpty() && normal.isEmpty()) {
            problems.add(InputProblem.ofField("search.q", "Give the words to search for, or at least one filter:"
                    + " a search for everything is not worth keeping."));
        }
        if (problems.isEmpty() && SearchParameters.toQueryString(normal).length() > MAX_PARAMETERS) {
            problems.add(InputProblem.ofField("search", "This search is too long to keep (over " + MAX_PARAMETERS
                    + " characters as a query string)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return normal;
    }

    /** As the database keeps it (to the microsecond), so that what a save answers is what a read gives later. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.ofField("name", "Give the saved search a name.");
        }
        if (stripped.length() > MAX_NAME) {
            throw InvalidInputException.ofField("name", "A saved search's name has at most " + MAX_NAME
                    + " characters; this one has " + stripped.length() + ".");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.ofField("name", "A saved search's name is one line of text, without"
                    + " control characters.");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

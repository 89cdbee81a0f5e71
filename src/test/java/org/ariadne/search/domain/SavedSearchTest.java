package org.ariadne.search.domain;

import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedSearchTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void keepsTheSearchInItsNormalFormAndRunsItWithAnyPage() {
        Map<String, String> search = new LinkedHashMap<>();
        search.put("sort", "-date");
        search.put("q", "  repatriation \"North Korea\" ");
        search.put("kind", "source");
        search.put("yearFrom", "2012");
        SavedSearch saved = SavedSearch.save("writer", "  Repatriations ", search, AT);

        assertEquals("Repatriations", saved.name());
        assertEquals("q=repatriation+%22North+Korea%22&kind=source&yearFrom=2012&sort=-date", saved.queryString());
        assertEquals(Map.of("q", "repatriation \"North Korea\"", "kind", "source", "yearFrom", "2012",
                "sort", "-date"), saved.search());
        SearchRequest request = saved.request(3, 50);
        assertEquals(3, request.page());
        assertEquals(50, request.size());
        assertEquals(2012, request.filters().yearFrom());
        assertEquals(SearchRequest.SortOrder.DATE_DESC, request.sort());
    }

    @Test
    void aRenameAndANewSearchChangeOnlyWhatDiffers() {
        SavedSearch saved = SavedSearch.save("writer", "Border", Map.of("q", "border"), AT);
        Instant later = AT.plusSeconds(60);
        saved.rename(" Border ", later);
        assertEquals(AT, saved.updatedAt(), "the same name after stripping is no change");
        saved.rename("Borders", later);
        saved.redefine(Map.of("q", "border", "hasText", "true"), later);
        assertEquals("Borders", saved.name());
        assertEquals("q=border&hasText=true", saved.queryString());
        assertEquals(later, saved.updatedAt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name        | ''                  | q=x",
            "search.q    | ok                  | ''",
            "search.kind | ok                  | kind=person",
            "search.yearTo | ok                | q=x&yearFrom=2020&yearTo=2010",
            "search.sort | ok                  | q=x&sort=newest",
            "search.page | ok                  | q=x&page=2",
            "search.colour | ok                | q=x&colour=red",
    })
    void refusesWithTheFieldAtFault(String field, String name, String query) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> SavedSearch.save("writer", name, SearchParameters.fromQueryString(query), AT));
        assertTrue(refused.problems().stream().map(InputProblem::field).anyMatch(field::equals),
                () -> field + " not among " + refused.problems());
    }

    @Test
    void refusesANameOverTheLimitAndAQueryOverItsLength() {
        assertThrows(InvalidInputException.class,
                () -> SavedSearch.save("writer", "n".repeat(SavedSearch.MAX_NAME + 1), Map.of("q", "x"), AT));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> SavedSearch.save("writer",
                "long", Map.of("q", "w".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)), AT));
        assertEquals("search.q", tooLong.problems().get(0).field());
    }

    @Test
    void quotesColonsStarsAndBracketsAreKeptAsTyped() {
        String hostile = "title:\"unclosed (repatri* [a-z] \\ & = %";
        SavedSearch saved = SavedSearch.save("writer", "hostile", Map.of("q", hostile), AT);
        assertEquals(hostile, saved.search().get("q"));
        assertEquals(hostile, saved.request(0, 20).q());
    }
}

package org.ariadne.catalog.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceMergeTest {

    private static Map<String, Object> item(Object... pairs) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], pairs[i + 1]);
        }
        return item;
    }

    private static Map<String, Object> issued(int... parts) {
        List<Object> date = new java.util.ArrayList<>();
        for (int part : parts) {
            date.add(new BigDecimal(part));
        }
        return Map.of("date-parts", List.of(date));
    }

    private static Map<String, Object> person(String family, String given) {
        return item("family", family, "given", given);
    }

    private static SourceMerge.Field field(List<SourceMerge.Field> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "North Korea, North Korea: refugees returned, loser",
            "North Korea: refugees returned, North Korea, survivor",
            "Same length, Same length, survivor",
            "'', Only the loser has it, loser",
            "Only the survivor has it, '', survivor"})
    void takesTheLongerTextAndNeverAnEmptyOne(String mine, String theirs, String expected) {
        SourceMerge merge = new SourceMerge(item("type", "article", "title", "T", "publisher", mine),
                item("type", "article", "title", "T", "publisher", theirs));
        SourceMerge.Field publisher = field(merge.fields(), "publisher");
        assertEquals(expected, publisher.choice().wireName());
        assertEquals(expected.equals("loser") ? theirs : mine, publisher.merged());
    }

    @Test
    void takesTheMorePreciseDateAndKeepsTheSurvivorsOnATie() {
        SourceMerge merge = new SourceMerge(item("title", "T", "issued", issued(2012)),
                item("title", "T", "issued", issued(2012, 3, 1)));
        assertEquals(issued(2012, 3, 1), merge.mergedItem(Map.of()).get("issued"));

        SourceMerge tie = new SourceMerge(item("title", "T", "issued", issued(2012, 3)),
                item("title", "T", "issued", issued(2013, 4)));
        assertEquals(issued(2012, 3), tie.mergedItem(Map.of()).get("issued"));

        SourceMerge literal = new SourceMerge(item("title", "T", "issued", Map.of("literal", "spring 2012")),
                item("title", "T", "issued", issued(2012)));
        assertEquals(issued(2012), literal.mergedItem(Map.of()).get("issued"));
    }

    @Test
    void joinsNameListsKeepingTheFullerFormOfTheSamePerson() {
        SourceMerge merge = new SourceMerge(
                item("title", "T", "author", List.of(person("Haggard", "S."), person("Noland", "Marcus"))),
                item("title", "T", "author", List.of(person("Haggard", "Stephan"), person("Kim", "Jiyoung")),
                        "editor", List.of(person("Lee", "Ann"))));
        Map<String, Object> merged = merge.mergedItem(Map.of());
        assertEquals(List.of(person("Haggard", "Stephan"), person("Noland", "Marcus"), person("Kim", "Jiyoung")),
                merged.get("author"));
        assertEquals(List.of(person("Lee", "Ann")), merged.get("editor"));
        assertEquals("both", field(merge.fields(), "author").choice().wireName());
    }

    @Test
    void joinsIsbnsThatDifferAndDropsTheSameIsbnWrittenOtherwise() {
        SourceMerge merge = new SourceMerge(item("title", "T", "ISBN", "978-0-19-852663-6"),
                item("title", "T", "ISBN", "0198526636, 9780306406157"));
        assertEquals("978-0-19-852663-6, 9780306406157", merge.mergedItem(Map.of()).get("ISBN"));
    }

    @Test
    void keepsTheSurvivorsDoiAndTypeWhenBothHaveOne() {
        SourceMerge merge = new SourceMerge(item("type", "article-newspaper", "title", "T", "DOI", "10.1/a"),
                item("type", "article-magazine-long", "title", "T", "DOI", "10.1/abc"));
        Map<String, Object> merged = merge.mergedItem(Map.of());
        assertEquals("article-newspaper", merged.get("type"));
        // a longer DOI is another DOI, not a better one
        assertEquals("10.1/a", merged.get("DOI"));
        assertEquals("10.1/abc", merge.mergedItem(Map.of("DOI", "loser")).get("DOI"));
    }

    @Test
    void aChoiceOverridesTheDefaultAndAFieldChosenFromAnEmptySideIsLeftOut() {
        SourceMerge merge = new SourceMerge(item("type", "book", "title", "Short", "note", "kept"),
                item("type", "book", "title", "A much longer title"));
        Map<String, Object> merged = merge.mergedItem(Map.of("title", "survivor", "note", "loser"));
        assertEquals("Short", merged.get("title"));
        assertNull(merged.get("note"));
        assertTrue(merge.mergedItem(Map.of()).containsKey("note"));
    }

    @Test
    void refusesChoicesForUnknownFieldsUnknownWordsAndBothForSingleValues() {
        SourceMerge merge = new SourceMerge(item("type", "book", "title", "A"), item("type", "book", "title", "B"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> merge.mergedItem(Map.of("volume", "loser")));
        assertEquals("choose.volume", unknown.problems().get(0).field());
        InvalidInputException word = assertThrows(InvalidInputException.class,
                () -> merge.mergedItem(Map.of("title", "mine")));
        assertEquals("choose.title", word.problems().get(0).field());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> merge.mergedItem(Map.of("title", "both")));
        assertEquals("choose.title", both.problems().get(0).field());
    }

    @Test
    void tagsAndSubjectsAreTheUnionOfBoth() {
        assertEquals(Set.of("a", "b", "c"), SourceMerge.union(Set.of("a", "b"), Set.of("b", "c")));
    }
}

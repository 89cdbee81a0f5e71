package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslItemsTest {

    private static final String HAGGARD = """
            {"id": "haggard-2006", "type": "book", "title": "The North Korean Refugee Crisis",
             "author": [{"family": "Haggard", "given": "Stephen"}, "not a name", null, {"family": "Noland", "given": "Marcus"}],
             "editor": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}],
             "issued": {"date-parts": [[2006, 3, 24]]},
             "DOI": "https://doi.org/10.1000/ABC", "ISBN": "0-19-852663-6; 978-0-8044-2957-3",
             "ISSN": "0378-5955, 1476-4687", "URL": "HTTPS://Example.ORG/Book"}
            """;

    @Test
    void readableValuesAreTheTypesLabelNamesAndDatesAsPeopleReadThem() {
        assertEquals("Newspaper article", CslItems.readable("type", "article-newspaper"));
        assertEquals("Stephan Haggard; Amnesty International", CslItems.readable("author",
                List.of(Map.of("family", "Haggard", "given", "Stephan"), Map.of("literal", "Amnesty International"))));
        assertEquals("6 December 2023",
                CslItems.readable("issued", Map.of("date-parts", List.of(List.of(2023, 12, 6)))));
        assertEquals("Seoul", CslItems.readable("publisher-place", "Seoul"));
    }

    @Test
    void aValueOfTheWrongShapeIsReturnedAsItIs() {
        assertEquals("no-such-type", CslItems.readable("type", "no-such-type"));
        assertEquals("Haggard", CslItems.readable("author", "Haggard"));
        assertEquals(List.of(), CslItems.readable("author", List.of()));
        Map<String, Object> noDate = Map.of("date-parts", List.of());
        assertEquals(noDate, CslItems.readable("issued", noDate));
    }

    @Test
    void readsTitleTypeNamesAndDate() {
        Map<String, Object> item = JsonTree.item(HAGGARD);
        assertEquals(Optional.of("The North Korean Refugee Crisis"), CslItems.title(item));
        assertEquals(Optional.of(CslItemType.BOOK), CslItems.type(item));
        assertEquals(List.of(PersonName.person("Haggard", "Stephen"), PersonName.person("Noland", "Marcus")),
                CslItems.names(item, "author"));
        assertEquals(Optional.of(CslDate.ofParts(2006, 3, 24)), CslItems.issued(item));
        assertEquals(Optional.of("Haggard, Stephen"), CslItems.firstCreatorSortName(item));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'editor': [{'family': 'Beethoven', 'given': 'Ludwig', 'dropping-particle': 'van'}]} | Beethoven, Ludwig van",
            "{'author': [], 'editor': [{'literal': 'Amnesty International'}]}                   | Amnesty International",
            "{'author': [{'family': 'Gogh', 'given': 'Vincent', 'non-dropping-particle': 'van'}]} | van Gogh, Vincent"
    })
    void takesTheFirstAuthorElseTheFirstEditorAsFirstCreator(String json, String sortName) {
        assertEquals(Optional.of(sortName), CslItems.firstCreatorSortName(JsonTree.item(json)));
    }

    @Test
    void readsMisshapenItemsAsAbsentValues() {
        Map<String, Object> item = JsonTree.item("{'type': 42, 'title': ['x'], 'author': 'Smith', 'issued': '2006'}");
        assertEquals(Optional.empty(), CslItems.title(item));
        assertEquals(Optional.empty(), CslItems.type(item));
        assertEquals(List.of(), CslItems.names(item, "author"));
        assertEquals(Optional.empty(), CslItems.issued(item));
        assertEquals(Optional.empty(), CslItems.firstCreatorSortName(item));
        assertEquals(Optional.empty(), CslItems.title(null));
        assertEquals(List.of(), CslItems.names(null, "author"));
    }

    @Test
    void derivesNormalizedIdentifiersWithoutTouchingTheItem() {
        Map<String, Object> item = JsonTree.item(HAGGARD);
        Map<String, Object> before = CslItems.deepCopy(item);

        NormalizedIdentifiers ids = CslItems.identifiers(item);

        assertEquals(new NormalizedIdentifiers(Optional.of("10.1000/abc"), List.of("9780198526636", "9780804429573"),
                Optional.of("0378-5955"), Optional.of("https://example.org/Book")), ids);
        assertEquals(before, item);
    }

    @Test
    void takesADoiFromADoiLinkWhenThereIsNoDoi() {
        assertEquals(Optional.of("10.1007/bf03074904"),
                CslItems.identifiers(JsonTree.item("{'URL': 'http://dx.doi.org/10.1007/bf03074904'}")).doi());
        assertEquals(new NormalizedIdentifiers(Optional.empty(), List.of(), Optional.empty(), Optional.empty()),
                CslItems.identifiers(JsonTree.item("{'DOI': 'nonsense', 'ISBN': 12345}")));
    }

    @Test
    void copiesDeeplySoChangesToTheCopyLeaveTheOriginal() {
        Map<String, Object> item = JsonTree.item(HAGGARD);
        Map<String, Object> copy = CslItems.deepCopy(item);
        assertEquals(item, copy);
        assertEquals(List.copyOf(item.keySet()), List.copyOf(copy.keySet()));

        @SuppressWarnings("unchecked")
        Map<String, Object> firstAuthor = (Map<String, Object>) ((List<Object>) copy.get("author")).get(0);
        firstAuthor.put("family", "Changed");
        assertEquals("Haggard", CslItems.names(item, "author").get(0).family());
        assertNotSame(item.get("issued"), copy.get("issued"));
    }

    @Test
    void canonicalizesOrderAndNumbersButKeepsEveryValueAsGiven() {
        Map<String, Object> item = JsonTree.item(
                "{'URL': 'HTTPS://Example.ORG/Book', 'DOI': 'https://doi.org/10.1000/ABC', 'title': ' T ', 'volume': 16.0, 'type': 'book', 'id': 'x', 'page': 1.50}");
        Map<String, Object> canonical = CslItems.canonicalize(item);

        assertEquals(List.of("id", "type", "title", "DOI", "URL", "page", "volume"), List.copyOf(canonical.keySet()));
        assertEquals("https://doi.org/10.1000/ABC", canonical.get("DOI"));
        assertEquals("HTTPS://Example.ORG/Book", canonical.get("URL"));
        assertEquals(" T ", canonical.get("title"));
        assertEquals(16L, canonical.get("volume"));
        assertEquals(new BigDecimal("1.5"), canonical.get("page"));
    }

    @Test
    void canonicalizesTheSameItemSentTwoWaysToEqualMaps() {
        Map<String, Object> a = JsonTree.item("{'type': 'book', 'title': 'T', 'issued': {'date-parts': [[2006, 3]]}, 'volume': 2}");
        Map<String, Object> b = JsonTree.item("{'volume': 2.0, 'issued': {'date-parts': [[2006, 3]]}, 'title': 'T', 'type': 'book'}");
        a.put("volume", Integer.valueOf(2));
        b.put("edition", 3.0d);
        a.put("edition", new BigDecimal("3.000"));
        assertEquals(CslItems.canonicalize(a), CslItems.canonicalize(b));
        assertEquals(CslItems.canonicalize(a).toString(), CslItems.canonicalize(b).toString());
    }

    @Test
    void refusesToCopyASelfReferencingTree() {
        Map<String, Object> item = JsonTree.item("{'type': 'book', 'title': 'T'}");
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        item.put("loop", loop);
        assertThrows(IllegalArgumentException.class, () -> CslItems.deepCopy(item));
        assertTrue(CslItems.deepCopy(null).isEmpty());
    }
}

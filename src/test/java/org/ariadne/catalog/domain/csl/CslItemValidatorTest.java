package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CslItemValidatorTest {

    private final CslItemValidator validator = new CslItemValidator();

    /** A valid book with the given members added (JSON without braces, single quotes). */
    private static Map<String, Object> book(String members) {
        return JsonTree.item("{'type': 'book', 'title': 'The North Korean Refugee Crisis'" + (members.isBlank() ? "" : ", " + members) + "}");
    }

    private List<String> fields(Map<String, Object> item) {
        return validator.validate(item).stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "'author': [{'family': 'Haggard', 'given': 'Stephen'}, {'family': 'Noland', 'given': 'Marcus'}]",
            "'author': [{'literal': 'Amnesty International'}]",
            "'author': [{'given': 'Madonna'}]",
            "'author': [{'family': 'Gogh', 'given': 'Vincent', 'non-dropping-particle': 'van', 'suffix': 'Jr.', 'comma-suffix': true}]",
            "'author': [{'family': 'Haggard', 'isInstitution': 1, 'static-ordering': false, 'parse-names': 'true'}]",
            "'author': []",
            "'issued': {'date-parts': [[2006, 3, 24]]}",
            "'issued': {'date-parts': [['2006', '3', '24']]}",
            "'issued': {'date-parts': [['2000', '', '']]}",
            "'issued': {'date-parts': [[2004]], 'season': 1}",
            "'issued': {'date-parts': [[2004]], 'season': 'Spring'}",
            "'issued': {'date-parts': [[2004, 21]]}",
            "'issued': {'date-parts': [[2004, 3], [2006, 12]]}",
            "'issued': {'date-parts': [[1987], [0]]}",
            "'issued': {'date-parts': [[2005]], 'circa': true}",
            "'issued': {'date-parts': [[2004, 2, 29]]}",
            "'issued': {'date-parts': [[-44, 3, 15]]}",
            "'issued': {'literal': 'in press'}",
            "'issued': {'date-parts': [], 'literal': '(in press)'}",
            "'issued': {'raw': 'March 2006'}",
            "'accessed': {'date-parts': [[2024, 12, 31]]}",
            "'volume': 16, 'issue': '3-4', 'page': '17-18', 'edition': 2, 'number-of-pages': 300.0",
            "'id': 42",
            "'id': 'ITEM-1'",
            "'DOI': 'https://doi.org/10.1000/ABC'",
            "'DOI': ''",
            "'ISBN': '0-19-852663-5'",
            "'ISBN': '978-0-19-852663-6, 0-8044-2957-X (pbk.)'",
            "'ISSN': '0378-5954'",
            "'ISSN': '0028-0836, 1476-4687'",
            "'URL': 'https://example.org/a?b=c'",
            "'URL': 'www.reporturl.com'",
            "'categories': ['history', 'korea']",
            "'custom': {'digest': 'abc', 'footnotes': 3, 'nested': {'ok': [true, null]}}",
            "'my-own-field': {'anything': [1, 'two', null, false]}",
            "'key': null",
            "'type-of-thing': 'x'"
    })
    void acceptsWellFormedItems(String members) {
        assertEquals(List.of(), validator.validate(book(members)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'author': 'Smith'                                          | author",
            "'author': {'family': 'Smith'}                              | author",
            "'author': ['Smith']                                        | author[0]",
            "'author': [{'family': 'Smith'}, null]                      | author[1]",
            "'author': [{'family': 'Smith'}, {}]                        | author[1]",
            "'author': [{'family': 'Smith'}, {'family': 'Jones', 'given': 7}] | author[1].given",
            "'author': [{'family': ['Smith']}]                          | author[0].family",
            "'author': [{'family': '  '}]                               | author[0]",
            "'author': [{'family': 'Smith', 'comma-suffix': [true]}]    | author[0].comma-suffix",
            "'editor': [{'literal': null}]                              | editor[0].literal",
            "'issued': '2006'                                           | issued",
            "'issued': 2006                                             | issued",
            "'issued': [[2006]]                                         | issued",
            "'issued': {}                                               | issued",
            "'issued': {'date-parts': []}                               | issued",
            "'issued': {'date-parts': [2006]}                           | issued.date-parts[0]",
            "'issued': {'date-parts': [[]]}                             | issued.date-parts[0]",
            "'issued': {'date-parts': [[2006, 1, 2, 3]]}                | issued.date-parts[0]",
            "'issued': {'date-parts': [[2006], [2007], [2008]]}         | issued.date-parts",
            "'issued': {'date-parts': '2006'}                           | issued.date-parts",
            "'issued': {'date-parts': [[2006, 13]]}                     | issued.date-parts[0][1]",
            "'issued': {'date-parts': [[2006, 0]]}                      | issued.date-parts[0][1]",
            "'issued': {'date-parts': [[2006, 17, 1]]}                  | issued.date-parts[0][1]",
            "'issued': {'date-parts': [[2006, 3, 32]]}                  | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2006, 3, 0]]}                   | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2005, 2, 29]]}                  | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2006, 4, 31]]}                  | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2006, 21, 3]]}                  | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2006], [2007, 13]]}             | issued.date-parts[1][1]",
            "'issued': {'date-parts': [['abc']]}                        | issued.date-parts[0][0]",
            "'issued': {'date-parts': [[2006.5]]}                       | issued.date-parts[0][0]",
            "'issued': {'date-parts': [[null]]}                         | issued.date-parts[0][0]",
            "'issued': {'date-parts': [[true]]}                         | issued.date-parts[0][0]",
            "'issued': {'date-parts': [['', 3]]}                        | issued.date-parts[0][0]",
            "'issued': {'date-parts': [[2006, '', 3]]}                  | issued.date-parts[0][2]",
            "'issued': {'date-parts': [[2006]], 'season': 7}            | issued.season",
            "'issued': {'date-parts': [[2006]], 'season': true}         | issued.season",
            "'issued': {'date-parts': [[2006]], 'circa': [1]}           | issued.circa",
            "'issued': {'literal': 2006}                                | issued.literal",
            "'issued': {'raw': ''}                                      | issued",
            "'volume': true                                             | volume",
            "'volume': [16]                                             | volume",
            "'publisher': 42                                            | publisher",
            "'container-title': null                                    | container-title",
            "'DOI': 'not a doi'                                         | DOI",
            "'DOI': 10.1000                                             | DOI",
            "'ISBN': '12345'                                            | ISBN",
            "'ISSN': '0378-59'                                          | ISSN",
            "'URL': 'not a url'                                         | URL",
            "'categories': 'history'                                    | categories",
            "'categories': ['history', 3]                               | categories[1]",
            "'custom': 'text'                                           | custom",
            "'id': true                                                 | id"
    })
    void reportsTheFieldThatIsMalformed(String members, String field) {
        List<FieldError> errors = validator.validate(book(members));
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList(), errors::toString);
        assertFalse(errors.get(0).message().isBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'issued': {'date-parts': [[2006, 13]]}     | Month must be between 1 and 12 (or 21 to 24 for spring to winter), got 13.",
            "'issued': {'date-parts': [[2006, 3, 32]]}  | Day must be between 1 and 31, got 32.",
            "'issued': {'date-parts': [[2005, 2, 29]]}  | Day 29 does not exist in February 2005.",
            "'issued': {'date-parts': [['abc']]}        | Year must be a whole number, got \"abc\".",
            "'issued': '2006'                           | Issued must be a date object such as {\"date-parts\": [[2006, 3, 24]]}; got the text \"2006\" (for a date in words, write {\"raw\": \"2006\"} or {\"literal\": \"2006\"}).",
            "'author': [{'family': 'Smith', 'given': 7}] | Given name must be text, got the number 7.",
            "'publisher': 42                            | Publisher must be text, got the number 42.",
            "'volume': true                             | Volume must be a number or text, got true."
    })
    void saysWhatIsWrongInPlainWords(String members, String message) {
        assertEquals(List.of(message), validator.validate(book(members)).stream().map(FieldError::message).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'title': 'T'}                          | type",
            "{'type': null, 'title': 'T'}            | type",
            "{'type': '', 'title': 'T'}              | type",
            "{'type': 'bok', 'title': 'T'}           | type",
            "{'type': 'Book', 'title': 'T'}          | type",
            "{'type': ['book'], 'title': 'T'}        | type",
            "{'type': 'book'}                        | title",
            "{'type': 'book', 'title': ''}           | title",
            "{'type': 'book', 'title': '   '}        | title",
            "{'type': 'book', 'title': null}         | title",
            "{'type': 'book', 'title': 42}           | title",
            "{'type': 'book', 'title': ['T']}        | title"
    })
    void requiresACslTypeAndANonBlankTitle(String json, String field) {
        assertEquals(List.of(field), fields(JsonTree.item(json)));
    }

    @Test
    void suggestsTheCslSpellingOfANearlyRightType() {
        assertEquals("\"legal-case\" is not a CSL item type; did you mean \"legal_case\"?",
                validator.validate(JsonTree.item("{'type': 'legal-case', 'title': 'T'}")).get(0).message());
        assertEquals("\"Book\" is not a CSL item type; did you mean \"book\"?",
                validator.validate(JsonTree.item("{'type': 'Book', 'title': 'T'}")).get(0).message());
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        Map<String, Object> item = JsonTree.item(
                "{'author': 'Smith', 'issued': {'date-parts': [[2006, 13, 40]]}, 'DOI': 'x', 'editor': [null, {'family': 1}]}");
        assertEquals(List.of("type", "title", "author", "issued.date-parts[0][1]", "DOI", "editor[0]", "editor[1].family"),
                fields(item));
    }

    @Test
    void reportsAnEmptyItemInsteadOfThrowing() {
        assertEquals(List.of(""), fields(null));
        assertEquals(List.of("type", "title"), fields(new HashMap<>()));
    }

    @Test
    void reportsValuesThatAreNotJsonWithoutThrowing() {
        Map<String, Object> item = book("");
        item.put("when", new java.util.Date(0));
        item.put("author", List.of(Map.of("family", "Smith", "extra", new Object())));
        item.put("volume", Double.NaN);
        Map<Object, Object> weird = new HashMap<>();
        weird.put(1, "numeric key");
        item.put("custom", weird);
        assertEquals(Set.of("custom", "volume", "when", "author[0].extra"), Set.copyOf(fields(item)));
    }

    @Test
    void survivesSelfReferenceAndDeepNesting() {
        Map<String, Object> item = book("");
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        item.put("loop", loop);
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> current = deep;
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            current.put("x", next);
            current = next;
        }
        item.put("deep", deep);
        List<FieldError> errors = assertDoesNotThrow(() -> validator.validate(item));
        assertEquals(2, errors.size());
    }

    @Test
    void neverThrowsOnNullsInsideListsAndMaps() {
        Map<String, Object> item = book("");
        item.put("author", Arrays.asList(null, Arrays.asList((Object) null)));
        Map<String, Object> date = new HashMap<>();
        date.put("date-parts", Arrays.asList(Arrays.asList(2006, null, null)));
        date.put(null, "x");
        item.put("issued", date);
        item.put(null, "no name");
        List<FieldError> errors = assertDoesNotThrow(() -> validator.validate(item));
        assertTrue(errors.size() >= 4, errors::toString);
        assertTrue(validator.isValid(book("")));
    }
}

package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CslDateTest {

    private static CslDate date(String json) {
        return CslDate.of(JsonTree.item(json)).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'date-parts': [[2006]]}                                | 2006                       | 2006-00-00 | 2006",
            "{'date-parts': [[2006, 3]]}                             | March 2006                 | 2006-03-00 | 2006",
            "{'date-parts': [[2006, 3, 24]]}                         | 24 March 2006              | 2006-03-24 | 2006",
            "{'date-parts': [['2006', '3', '24']]}                   | 24 March 2006              | 2006-03-24 | 2006",
            "{'date-parts': [['2000', '', '']]}                      | 2000                       | 2000-00-00 | 2000",
            "{'date-parts': [[2004]], 'season': 1}                   | Spring 2004                | 2004-00-00 | 2004",
            "{'date-parts': [[2000]], 'season': 3}                   | Autumn 2000                | 2000-00-00 | 2000",
            "{'date-parts': [[2004]], 'season': 'Fall'}              | Fall 2004                  | 2004-00-00 | 2004",
            "{'date-parts': [[2004, 21]]}                            | Spring 2004                | 2004-00-00 | 2004",
            "{'date-parts': [[1965, 13, 1]]}                         | Spring 1965                | 1965-00-00 | 1965",
            "{'date-parts': [[2004], [2006]]}                        | 2004–2006                  | 2004-00-00 | 2004",
            "{'date-parts': [[2003, 8, 10], [2003, 8, 23]]}          | 10–23 August 2003          | 2003-08-10 | 2003",
            "{'date-parts': [[2003, 8, 3], [2003, 10, 23]]}          | 3 August – 23 October 2003 | 2003-08-03 | 2003",
            "{'date-parts': [[1987, 8, 3], [2003, 10, 23]]}          | 3 August 1987 – 23 October 2003 | 1987-08-03 | 1987",
            "{'date-parts': [[2003, 8], [2003, 10]]}                 | August–October 2003        | 2003-08-00 | 2003",
            "{'date-parts': [['1999', '21'], ['2001', '22']]}        | Spring 1999–Summer 2001    | 1999-00-00 | 1999",
            "{'date-parts': [[1987], [0]]}                           | 1987–                      | 1987-00-00 | 1987",
            "{'date-parts': [[2005, 12, 15]], 'circa': 1}            | c. 15 December 2005        | 2005-12-15 | 2005",
            "{'date-parts': [[2006, 2, 30]]}                         | February 2006              | 2006-02-00 | 2006",
            "{'date-parts': [[1965, 60, 1]]}                         | 1965                       | 1965-00-00 | 1965",
            "{'date-parts': [[-44, 3, 15]]}                          | 15 March 44 BC             | -0044-03-15 | -44"
    })
    void readsDisplaysAndSortsDateObjects(String json, String display, String sortKey, int year) {
        CslDate date = date(json);
        assertEquals(display, date.display());
        assertEquals(sortKey, date.sortKey());
        assertEquals(Optional.of(year), date.year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'literal': 'in press'}                                  | in press",
            "{'date-parts': [], 'literal': '(in press)'}              | (in press)",
            "{'date-parts': [[2000]], 'literal': 'around 2000'}       | around 2000",
            "{'date-parts': [], 'raw': 'Bogus Date'}                  | Bogus Date",
            "{'raw': 'maybe around 2000bc sometime?'}                 | maybe around 2000bc sometime?"
    })
    void showsLiteralDatesAsGiven(String json, String display) {
        assertEquals(display, date(json).display());
    }

    @Test
    void keepsTheYearOfDatePartsBesideALiteralForSorting() {
        CslDate date = date("{'date-parts': [[2000]], 'literal': 'around 2000'}");
        assertEquals(Optional.of(2000), date.year());
        assertEquals("2000-00-00", date.sortKey());
        assertEquals("", CslDate.literal("n.d.").sortKey());
        assertEquals(Optional.empty(), CslDate.literal("n.d.").year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2006-03-24               | 24 March 2006              | 2006-03-24",
            "2006-03                  | March 2006                 | 2006-03-00",
            "2006                     | 2006                       | 2006-00-00",
            "March 2006               | March 2006                 | 2006-03-00",
            "Mar. 2006                | March 2006                 | 2006-03-00",
            "24 March 2006            | 24 March 2006              | 2006-03-24",
            "March 24, 2006           | 24 March 2006              | 2006-03-24",
            "Sept 3 2010              | 3 September 2010           | 2010-09-03",
            "24.03.2006               | 24 March 2006              | 2006-03-24",
            "Spring 2004              | Spring 2004                | 2004-00-00",
            "fall 2004                | Autumn 2004                | 2004-00-00",
            "2004/2006                | 2004–2006                  | 2004-00-00",
            "2004-2006                | 2004–2006                  | 2004-00-00",
            "2004 – 2006              | 2004–2006                  | 2004-00-00",
            "2004-01/2006-12          | January 2004–December 2006 | 2004-01-00",
            "March–April 2006         | March–April 2006           | 2006-03-00",
            "Spring 1999 - Summer 2001 | Spring 1999–Summer 2001   | 1999-00-00",
            "1987/..                  | 1987–                      | 1987-00-00",
            "c. 1850                  | c. 1850                    | 1850-00-00",
            "ca 1850                  | c. 1850                    | 1850-00-00",
            "2005~                    | c. 2005                    | 2005-00-00"
    })
    void parsesRawDatesThatAreClearlyDates(String raw, String display, String sortKey) {
        CslDate date = CslDate.parse(raw);
        assertEquals(display, date.display());
        assertEquals(sortKey, date.sortKey());
        assertTrue(date.hasYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bogus Date", "03/04/2006", "2006-13-01", "2006-02-30", "31 February 2006", "n.d.", "forthcoming",
            "06", "Smarch 2006", "2006-03-24T10:00", "the year 2006"})
    void keepsRawDatesThatAreNotClearlyDatesAsLiterals(String raw) {
        CslDate date = CslDate.parse(raw);
        assertFalse(date.hasYear());
        assertEquals(raw, date.display());
    }

    @Test
    void readsRawWhenDatePartsAreAbsent() {
        assertEquals("24 March 2006", date("{'raw': '2006-03-24'}").display());
        assertEquals(Optional.of(2006), CslItems.issued(JsonTree.item("{'issued': {'raw': 'March 2006'}}")).flatMap(CslDate::year));
    }

    @Test
    void buildsDatesFromNumbers() {
        assertEquals("2006", CslDate.ofYear(2006).display());
        assertEquals("24 March 2006", CslDate.ofParts(2006, 3, 24).display());
        assertEquals("Summer 2006", CslDate.ofParts(2006, 22).display());
        assertEquals("2004–2006", CslDate.ofRange(CslDate.ofYear(2004), CslDate.ofYear(2006)).display());
        assertEquals(CslDate.ofParts(2006, 3, 24), CslDate.parse("2006-03-24"));
        assertThrows(IllegalArgumentException.class, () -> CslDate.ofParts(2006, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> CslDate.ofParts(2006, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> CslDate.ofParts());
    }

    @Test
    void writesParsedDatesBackAsCslDateObjects() {
        assertSameJson("{'date-parts': [[2006, 3, 24]]}", CslDate.parse("24 March 2006").toCsl());
        assertSameJson("{'date-parts': [[1999, 21], [2001, 22]]}", CslDate.parse("Spring 1999 - Summer 2001").toCsl());
        assertSameJson("{'date-parts': [[1850]], 'circa': true}", CslDate.parse("c. 1850").toCsl());
        assertSameJson("{'date-parts': [[1987], [0]]}", date("{'date-parts': [[1987], [0]]}").toCsl());
        assertEquals(Map.of("literal", "n.d."), CslDate.parse("n.d.").toCsl());
    }

    private static void assertSameJson(String expected, Map<String, Object> actual) {
        assertEquals(CslItems.canonicalize(JsonTree.item(expected)), CslItems.canonicalize(actual));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{'date-parts': []}",
            "{'date-parts': 'x'}",
            "{'date-parts': [['abc']]}",
            "{'date-parts': [null]}",
            "{'date-parts': [[]]}",
            "{'literal': 42}",
            "{'raw': '   '}"
    })
    void readsNothingFromDateObjectsWithoutADate(String json) {
        assertEquals(Optional.empty(), CslDate.of(JsonTree.item(json)));
        assertEquals(Optional.empty(), CslDate.of(null));
    }

    @Test
    void tellsRangeAndCircaAndParts() {
        CslDate range = date("{'date-parts': [[2003, 8, 3], [2003, 10, 23]], 'circa': true}");
        assertTrue(range.isRange());
        assertTrue(range.isCirca());
        assertEquals(Optional.of(8), range.month());
        assertEquals(Optional.of(3), range.day());
        assertEquals(Optional.of(CslDate.ofParts(2003, 10, 23)), range.end());
        assertEquals(Optional.of("Spring"), date("{'date-parts': [[2004, 21]]}").season());
        assertTrue(date("{'date-parts': [[1987], [0]]}").isOpenRange());
    }
}

package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RisFileTest {

    private static Map<String, Object> only(String... lines) {
        List<ImportedEntry> entries = RisFile.read(String.join("\n", lines));
        assertEquals(1, entries.size());
        return entries.get(0).item();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"JOUR, article-journal", "BOOK, book", "CHAP, chapter", "RPRT, report", "THES, thesis",
            "NEWS, article-newspaper", "ELEC, webpage", "GEN, document", "CONF, paper-conference"})
    void mapsRecordTypes(String ty, String type) {
        assertEquals(type, only("TY  - " + ty, "TI  - T", "ER  - ").get("type"));
    }

    @ParameterizedTest(name = "{0}  - {1}")
    @CsvSource(delimiter = '|', textBlock = """
            T1 | A Title                 | title           | A Title
            TI | A Title                 | title           | A Title
            JO | Journal of Peace Research | container-title | Journal of Peace Research
            JF | Foreign Affairs         | container-title | Foreign Affairs
            T2 | Essays on Korea         | container-title | Essays on Korea
            VL | 12                      | volume          | 12
            IS | 3                       | issue           | 3
            PB | Columbia University Press | publisher     | Columbia University Press
            CY | New York                | publisher-place | New York
            SN | 978-0-231-14000-7       | ISBN            | 978-0-231-14000-7
            SN | 0022-3433               | ISSN            | 0022-3433
            DO | 10.1000/abc             | DOI             | 10.1000/abc
            UR | https://example.org/    | URL             | https://example.org/
            AB | What it says.           | abstract        | What it says.
            N1 | A note.                 | note            | A note.
            PY | 2006                    | issued          | {date-parts=[[2006]]}
            Y1 | 2006/03/01/             | issued          | {date-parts=[[2006, 3, 1]]}
            DA | 2006/03//               | issued          | {date-parts=[[2006, 3]]}
            AU | Haggard, Stephen        | author          | [{family=Haggard, given=Stephen}]
            A1 | Noland, Marcus          | author          | [{family=Noland, given=Marcus}]
            A2 | Roe, Richard            | editor          | [{family=Roe, given=Richard}]
            ED | Roe, Richard            | editor          | [{family=Roe, given=Richard}]
            AU | World Food Programme,   | author          | [{literal=World Food Programme}]
            """)
    void mapsTags(String tag, String value, String variable, String expected) {
        String title = tag.equals("TI") || tag.equals("T1") ? "" : "TI  - T";
        assertEquals(expected, String.valueOf(only("TY  - JOUR", title, tag + "  - " + value, "ER  - ").get(variable)));
    }

    @Test
    void joinsPagesAndKeywords() {
        Map<String, Object> item = only("TY  - JOUR", "TI  - T", "SP  - 17", "EP  - 18", "KW  - famine",
                "KW  - refugees", "ER  -");
        assertEquals("17-18", item.get("page"));
        assertEquals("famine, refugees", item.get("keyword"));
    }

    @Test
    void keepsRecordsApartAndNamesThemByIdOrPosition() {
        List<ImportedEntry> entries = RisFile.read("TY  - BOOK\r\nTI  - One\r\nER  - \r\n\r\nTY  - BOOK\r\nID  - x7\r\n"
                + "TI  - Two\r\nER  - \r\n");
        assertEquals(List.of("1", "x7"), entries.stream().map(ImportedEntry::key).toList());
        assertEquals(List.of(1, 5), entries.stream().map(ImportedEntry::line).toList());
    }

    @ParameterizedTest(name = "line {1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            TY  - BOOK\\nTI  - One\\nthis is not RIS\\nER  -            | 3
            TY  - BOOK\\nTI - One\\nER  -                               | 2
            TI  - One\\nER  -                                           | 1
            TY  - BOOK\\nTI  - One\\nER  - \\nTY  - BOOK\\nTI  - Two     | 4
            TY  - BOOK\\nTI  - One\\nTY  - BOOK\\nTI  - Two\\nER  -      | 3
            """)
    void namesTheMalformedLine(String file, int line) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RisFile.read(file.replace("\\n", "\n")));
        assertEquals(line, e.problems().get(0).line(), e.problems().get(0)::message);
    }
}

package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BibtexFileTest {

    private static Map<String, Object> only(String bibtex) {
        List<ImportedEntry> entries = BibtexFile.read(bibtex);
        assertEquals(1, entries.size());
        return entries.get(0).item();
    }

    @ParameterizedTest(name = "@{0} -> {1}")
    @CsvSource({"article, article-journal", "book, book", "incollection, chapter", "inbook, chapter",
            "inproceedings, paper-conference", "techreport, report", "report, report", "phdthesis, thesis",
            "mastersthesis, thesis", "thesis, thesis", "misc, document", "online, webpage", "ARTICLE, article-journal"})
    void mapsEntryTypesToCslTypes(String bibtexType, String cslType) {
        assertEquals(cslType, only("@" + bibtexType + "{k, title={T}}").get("type"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            journal      | {Journal of Peace Research}      | container-title | Journal of Peace Research
            journaltitle | {Foreign Affairs}                | container-title | Foreign Affairs
            booktitle    | {Essays on Korea}                | container-title | Essays on Korea
            volume       | 12                               | volume          | 12
            number       | 3                                | issue           | 3
            pages        | {17--18}                         | page            | 17-18
            publisher    | {Columbia University Press}      | publisher       | Columbia University Press
            address      | {New York}                       | publisher-place | New York
            location     | {Paris}                          | publisher-place | Paris
            institution  | {RAND}                           | publisher       | RAND
            doi          | {10.1000/ABC_1}                  | DOI             | 10.1000/ABC_1
            isbn         | {978-0-231-14000-7}              | ISBN            | 978-0-231-14000-7
            issn         | {0022-3433}                      | ISSN            | 0022-3433
            url          | {https://example.org/a~b}        | URL             | https://example.org/a~b
            note         | {Reprinted 2010}                 | note            | Reprinted 2010
            abstract     | {An {\\"U}berblick}             | abstract        | An Überblick
            keywords     | {famine, refugees}               | keyword         | famine, refugees
            title        | {The {North} Korean Crisis, 1994--1998} | title    | The North Korean Crisis, 1994–1998
            """)
    void mapsFields(String field, String value, String variable, String expected) {
        assertEquals(expected, only("@article{k, title={T}, " + field + " = " + value + "}").get(variable).toString()
                .replace("{title=", "").replace("}", ""));
    }

    @Test
    void readsNumberOfAReportAsItsNumber() {
        assertEquals("WP-12", only("@techreport{k, title={T}, number={WP-12}}").get("number"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Haggard, Stephen and Noland, Marcus                     | [{family=Haggard, given=Stephen}, {family=Noland, given=Marcus}]
            Stephen Haggard and others                              | [{family=Haggard, given=Stephen}]
            {World Food Programme}                                  | [{literal=World Food Programme}]
            {World Food Programme} and Noland, Marcus               | [{literal=World Food Programme}, {family=Noland, given=Marcus}]
            M{\\"u}ller, J{\\"o}rg                                 | [{family=Müller, given=Jörg}]
            Fran{\\c{c}}ois Truffaut AND Ernest Hemingway           | [{family=Truffaut, given=François}, {family=Hemingway, given=Ernest}]
            """)
    void readsNames(String author, String csl) {
        assertEquals(csl, only("@book{k, title={T}, author={" + author + "}}").get("author").toString());
    }

    @Test
    void expandsStringMacrosAndConcatenation() {
        Map<String, Object> item = only("""
                @string{jpr = "Journal of Peace Research"}
                @STRING{ny = {New York}}
                @article{k, title = {T}, journal = jpr, address = ny # { and } # "Paris", year = 2006, month = mar}
                """);
        assertEquals("Journal of Peace Research", item.get("container-title"));
        assertEquals("New York and Paris", item.get("publisher-place"));
        assertEquals("{date-parts=[[2006, 3]]}", item.get("issued").toString());
    }

    @Test
    void inheritsFieldsThroughCrossref() {
        List<ImportedEntry> entries = BibtexFile.read("""
                @incollection{chap, title = {A Chapter}, author = {Doe, Jane}, crossref = {coll}, pages = {1--20}}
                @book{coll, title = {The Collection}, editor = {Roe, Richard}, publisher = {Routledge}, year = 2001}
                """);
        Map<String, Object> chapter = entries.get(0).item();
        assertEquals("A Chapter", chapter.get("title"));
        assertEquals("The Collection", chapter.get("container-title"));
        assertEquals("Routledge", chapter.get("publisher"));
        assertEquals("{date-parts=[[2001]]}", chapter.get("issued").toString());
        assertEquals("[{family=Roe, given=Richard}]", chapter.get("editor").toString());
        assertEquals(2, entries.size());
    }

    @Test
    void keepsTheCitationKeyAndTheEntryLine() {
        List<ImportedEntry> entries = BibtexFile.read("""
                % a comment
                @comment{ignored}
                @preamble{"\\newcommand{\\noop}[1]{}"}

                @book{haggard2006,
                  title = {T}
                }
                """);
        assertEquals(1, entries.size());
        assertEquals("haggard2006", entries.get(0).key());
        assertEquals("haggard2006", entries.get(0).item().get("citation-key"));
        assertEquals(5, entries.get(0).line());
    }

    @Test
    void warnsAboutFieldsWithoutCslCounterpart() {
        List<ImportedEntry> entries = BibtexFile.read("@book{k, title={T}, mrnumber={123}}");
        assertFalse(entries.get(0).warnings().isEmpty());
        assertTrue(entries.get(0).warnings().get(0).contains("mrnumber"));
    }

    @ParameterizedTest(name = "line {1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            @book{a, title={T}}\\n@book{b, title={T}\\n\\n@book{c, title={T}}  | 2
            @book{a, title={T}}\\n\\n@book{b,\\n  title = {T},\\n  year 2006\\n} | 5
            @book{a,\\n title = {T}\\n year = 2006}                              | 3
            @book{a, title = undefinedmacro}                                     | 1
            @book{a,\\n title = {T},\\n note = "open}                            | 3
            """)
    void namesTheLineWhereAMalformedFileBreaks(String file, int line) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BibtexFile.read(file.replace("\\n", "\n")));
        assertEquals(line, e.problems().get(0).line(), e.problems().get(0)::message);
    }
}

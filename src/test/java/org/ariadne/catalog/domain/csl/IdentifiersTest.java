package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.1000/ABC                                   | 10.1000/abc",
            "  10.1000/abc                                 | 10.1000/abc",
            "doi:10.1000/abc                               | 10.1000/abc",
            "DOI: 10.1000/ABC                              | 10.1000/abc",
            "doi 10.1000/abc                               | 10.1000/abc",
            "https://doi.org/10.1000/ABC                   | 10.1000/abc",
            "http://doi.org/10.1000/abc                    | 10.1000/abc",
            "http://dx.doi.org/10.1007/bf03074904          | 10.1007/bf03074904",
            "https://www.doi.org/10.1000/abc               | 10.1000/abc",
            "doi.org/10.1000/abc                           | 10.1000/abc",
            "info:doi/10.1000/abc                          | 10.1000/abc",
            "urn:doi:10.1000/abc                           | 10.1000/abc",
            "https://doi.org/10.1603/0046-225X(2008)37%5B181:BDOPAA%5D2.0.CO%3B2 | 10.1603/0046-225x(2008)37[181:bdopaa]2.0.co;2",
            "10.1603/0046-225X(2008)37[181:BDOPAA]2.0.CO;2 | 10.1603/0046-225x(2008)37[181:bdopaa]2.0.co;2",
            "10.1111/j.1523-1739.2008.01029.x              | 10.1111/j.1523-1739.2008.01029.x",
            "10.1000.10/123456                             | 10.1000.10/123456"
    })
    void normalizesDoiFromEveryCommonForm(String given, String expected) {
        assertEquals(Optional.of(expected), Identifiers.normalizeDoi(given));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "10.1000", "10.1000/", "11.1000/abc", "10.12/abc", "10.1000/a b", "https://example.org/10.1000/abc",
            "https://doi.org/10.1000/%zz", "doi:", "https://doi.org/"})
    void rejectsDoisOfImpossibleShape(String given) {
        assertEquals(Optional.empty(), Identifiers.normalizeDoi(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "978-0-19-852663-6                  | 9780198526636",
            "0-19-852663-6                      | 9780198526636",
            "0198526636                         | 9780198526636",
            "978 0 19 852663 6                  | 9780198526636",
            "ISBN 0-8044-2957-X                 | 9780804429573",
            "0-8044-2957-x                      | 9780804429573",
            "ISBN-13: 978-0-8044-2957-3         | 9780804429573",
            "0198526636 (pbk.)                  | 9780198526636",
            "979-10-90636-07-1                  | 9791090636071",
            "978-0-19-852663-7                  | 9780198526637",
            "0-19-852663-5                      | 9780198526636",
            "9780198526636 9780198526636        | 9780198526636",
            "9780804113472                      | 9780804113472"
    })
    void normalizesIsbnToIsbn13KeepingBadCheckDigitsOfIsbn13(String given, String expected) {
        assertEquals(List.of(expected), Identifiers.normalizeIsbn(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0-19-852663-6, 978-0-8044-2957-3     | 9780198526636 9780804429573",
            "0198526636; 080442957X               | 9780198526636 9780804429573",
            "9780198526636 080442957X             | 9780198526636 9780804429573",
            "0198526636 (hbk) / 080442957X (pbk)  | 9780198526636 9780804429573"
    })
    void splitsSeveralIsbnsInOneField(String given, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), Identifiers.normalizeIsbn(given));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "978019852663", "97801985266361", "019852663X1", "X198526636", "ISBN", "0198526636, 12345",
            "abcdefghij", "980-0-19-852663-6"})
    void rejectsIsbnsOfImpossibleShape(String given) {
        assertEquals(List.of(), Identifiers.normalizeIsbn(given));
    }

    @ParameterizedTest
    @CsvSource({
            "0198526636, 9780198526636",
            "080442957X, 9780804429573",
            "0-8044-2957-X, 9780804429573",
            "0306406152, 9780306406157"
    })
    void convertsIsbn10ToIsbn13AndBack(String isbn10, String isbn13) {
        assertEquals(Optional.of(isbn13), Identifiers.isbn10To13(isbn10));
        assertEquals(Optional.of(isbn10.replace("-", "")), Identifiers.isbn13To10(isbn13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9791090636071", "12345", "0198526636"})
    void hasNoIsbn10ForA979OrNonIsbn13(String given) {
        assertEquals(Optional.empty(), Identifiers.isbn13To10(given));
    }

    @ParameterizedTest
    @CsvSource({
            "978-0-19-852663-6, true",
            "9780198526636, true",
            "0-19-852663-6, true",
            "080442957X, true",
            "080442957x, true",
            "979-10-90636-07-1, true",
            "978-0-19-852663-7, false",
            "0-19-852663-5, false",
            "0804429571, false",
            "12345, false",
            "'0198526636, 0198526636', false"
    })
    void checksIsbnCheckDigits(String isbn, boolean valid) {
        assertEquals(valid, Identifiers.isbnChecksumValid(isbn));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0378-5955          | 0378-5955",
            "03785955           | 0378-5955",
            "0378 5955          | 0378-5955",
            "ISSN 0046-225x     | 0046-225X",
            "eISSN: 1476-4687   | 1476-4687",
            "1932-6203          | 1932-6203",
            "0378-5954          | 0378-5954"
    })
    void normalizesIssnWithUpperCaseX(String given, String expected) {
        assertEquals(Optional.of(expected), Identifiers.normalizeIssn(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0028-0836, 1476-4687         | 0028-0836 1476-4687",
            "0028-0836 (print); 1476-4687 | 0028-0836 1476-4687",
            "0028-0836 1476-4687          | 0028-0836 1476-4687"
    })
    void readsSeveralIssnsInOneField(String given, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), Identifiers.normalizeIssns(given));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0378-595", "0378-59555", "X378-5955", "abcd-efgh", "0378-5955 and more", "ISSN"})
    void rejectsIssnsOfImpossibleShape(String given) {
        assertEquals(Optional.empty(), Identifiers.normalizeIssn(given));
    }

    @ParameterizedTest
    @CsvSource({
            "0378-5955, true",
            "0046-225X, true",
            "0046-225x, true",
            "1932-6203, true",
            "0022-1694, true",
            "2049-3630, true",
            "0378-5954, false",
            "0046-2250, false",
            "0378, false"
    })
    void checksIssnCheckDigits(String issn, boolean valid) {
        assertEquals(valid, Identifiers.issnChecksumValid(issn));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  HTTPS://Example.ORG/Path/To?Q=A#Frag  | https://example.org/Path/To?Q=A#Frag",
            "http://www.google.com/                  | http://www.google.com/",
            "HTTP://User@Example.org:8080/X          | http://User@example.org:8080/X",
            "https://example.org                     | https://example.org",
            "www.reporturl.com                       | http://www.reporturl.com",
            "example.org/page                        | http://example.org/page",
            "ftp://FTP.Example.org/file.txt          | ftp://ftp.example.org/file.txt",
            "http://[2001:DB8::1]/x                  | http://[2001:db8::1]/x",
            "http://www.bioone.org/doi/abs/10.1603/0046-225X(2008)37%5B181:BDOPAA%5D2.0.CO%3B2 | http://www.bioone.org/doi/abs/10.1603/0046-225X(2008)37%5B181:BDOPAA%5D2.0.CO%3B2"
    })
    void normalizesUrlSchemeAndHostOnly(String given, String expected) {
        assertEquals(Optional.of(expected), Identifiers.normalizeUrl(given));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a url", "http://", "http:///path", "https://exa mple.org", "just-words",
            "http://example.org:port/", "mailto:someone@example.org"})
    void rejectsUrlsOfImpossibleShape(String given) {
        assertEquals(Optional.empty(), Identifiers.normalizeUrl(given));
    }

    static Stream<String> hostileInput() {
        return Stream.of("\u0000", "10.1000/\u0000", "%%%%", "ISBN ISBN ISBN", "----", "\uD800", "((((", "[x]",
                "9".repeat(10_000), "http://" + "a.".repeat(5_000) + "org", "doi:" + "%".repeat(100));
    }

    @ParameterizedTest
    @MethodSource("hostileInput")
    void neverThrowsOnHostileInput(String given) {
        assertDoesNotThrow(() -> {
            Identifiers.normalizeDoi(given);
            Identifiers.normalizeIsbn(given);
            Identifiers.normalizeIssns(given);
            Identifiers.normalizeUrl(given);
            Identifiers.isbnChecksumValid(given);
            Identifiers.issnChecksumValid(given);
            Identifiers.isbn10To13(given);
            Identifiers.isbn13To10(given);
        });
    }
}

package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The North Korean Refugee Crisis          | north korean refugee crisis",
            "north korean refugee crisis              | north korean refugee crisis",
            "  THE NORTH-KOREAN   Refugee Crisis.     | north korean refugee crisis",
            "A Theory of Justice                      | theory of justice",
            "An Essay on Man                          | essay on man",
            "Another Country                          | another country",
            "Théâtre et société                       | theatre et societe",
            "<i>Hamlet</i>: A Study                   | hamlet a study",
            "Famine in North Korea: Markets, Aid, and Reform | famine in north korea markets aid and reform",
            "‘Quoted’ “Title”                         | quoted title",
            "The                                      | the",
            "Ægypten und Straße                       | aegypten und strasse"
    })
    void foldsTitlesForMatching(String title, String key) {
        assertEquals(key, MatchKeys.titleKey(title));
    }

    @Test
    void givesEmptyKeyForNoTitle() {
        assertEquals("", MatchKeys.titleKey(null));
        assertEquals("", MatchKeys.titleKey(" .,; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "XVI       | 16",
            "xvi       | 16",
            "16        | 16",
            "016       | 16",
            "Vol. 16   | 16",
            "vol. XVI  | 16",
            "Volume 4  | 4",
            "IV        | 4",
            "V         | 5",
            "MCMLXXXIV | 1984",
            "0         | 0",
            "2-3       | 2 3",
            "Suppl. A  | suppl a",
            "CIVIL     | civil"
    })
    void mapsRomanAndArabicVolumesToOneKey(String volume, String key) {
        assertEquals(key, MatchKeys.volumeKey(volume));
    }

    @Test
    void keepsNonRomanWordsAsFoldedText() {
        assertEquals("mix it", MatchKeys.volumeKey("Mix-It"));
        assertEquals("", MatchKeys.volumeKey(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "{'type': 'book', 'title': 'The North Korean Refugee Crisis', 'author': [{'family': 'Haggard', 'given': 'Stephen'}], 'issued': {'date-parts': [[2006]]}} # north korean refugee crisis|haggard|2006",
            "{'type': 'book', 'title': 'north korean refugee crisis', 'author': [{'family': 'Haggard', 'given': 'S.'}], 'issued': {'date-parts': [['2006', 3]]}}  # north korean refugee crisis|haggard|2006",
            "{'type': 'book', 'title': 'Famine', 'editor': [{'family': 'Noland', 'given': 'Marcus'}]}                                                                 # famine|noland|",
            "{'type': 'report', 'title': 'Annual Report', 'author': [{'literal': 'Amnesty International'}], 'issued': {'raw': '2012'}}                               # annual report|amnesty international|2012",
            "{'type': 'book', 'title': 'Letters', 'author': [{'family': 'Gogh', 'non-dropping-particle': 'van', 'given': 'Vincent'}]}                               # letters|vangogh|",
            "{'type': 'book', 'title': 'Anonymous Work', 'author': 'Smith'}                                                                                           # anonymous work||"
    })
    void buildsDuplicateKeysFromTitleFirstCreatorAndYear(String json, String key) {
        assertEquals(key, DuplicateKey.of(JsonTree.item(json)).orElseThrow().asText());
    }

    @Test
    void findsTheSameWorkTypedTwoWays() {
        var catalogued = DuplicateKey.of(JsonTree.item(
                "{'type': 'book', 'title': 'The North Korean Refugee Crisis', 'author': [{'family': 'Haggard', 'given': 'Stephen'}], 'issued': {'date-parts': [[2006]]}}"));
        var imported = DuplicateKey.of(JsonTree.item(
                "{'type': 'book', 'title': 'NORTH KOREAN REFUGEE CRISIS.', 'author': [{'family': 'HAGGARD', 'given': 'S.'}], 'issued': {'raw': '2006'}}"));
        var footnote = DuplicateKey.of(JsonTree.item("{'type': 'book', 'title': 'north korean refugee crisis'}"));
        var otherYear = DuplicateKey.of(JsonTree.item(
                "{'type': 'book', 'title': 'The North Korean Refugee Crisis', 'author': [{'family': 'Haggard'}], 'issued': {'date-parts': [[2011]]}}"));

        assertEquals(catalogued, imported);
        assertTrue(catalogued.orElseThrow().couldBeSameWorkAs(footnote.orElseThrow()));
        assertNotEquals(catalogued, otherYear);
        assertFalse(catalogued.orElseThrow().couldBeSameWorkAs(otherYear.orElseThrow()));
    }

    @Test
    void hasNoDuplicateKeyWithoutATitle() {
        assertEquals(Optional.empty(), DuplicateKey.of(JsonTree.item("{'type': 'book'}")));
        assertEquals(Optional.empty(), DuplicateKey.of(JsonTree.item("{'type': 'book', 'title': '...'}")));
        assertEquals(Optional.empty(), DuplicateKey.of(null));
    }
}

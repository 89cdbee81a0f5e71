package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    private static PersonName name(String json) {
        return PersonName.of(JsonTree.item(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'family': 'Haggard', 'given': 'Stephen'}                                              | Stephen Haggard                 | Haggard, Stephen                | Haggard, Stephen",
            "{'family': 'Beethoven', 'given': 'Ludwig', 'dropping-particle': 'van'}                 | Ludwig van Beethoven            | Beethoven, Ludwig van           | Beethoven, Ludwig van",
            "{'family': 'Gogh', 'given': 'Vincent', 'non-dropping-particle': 'van'}                 | Vincent van Gogh                | van Gogh, Vincent               | Gogh, Vincent van",
            "{'family': 'Fontaine', 'given': 'Jean', 'dropping-particle': 'de', 'non-dropping-particle': 'La'} | Jean de La Fontaine | La Fontaine, Jean de | Fontaine, Jean de La",
            "{'family': 'Fontaine', 'given': 'Jean', 'non-dropping-particle': 'de la'}              | Jean de la Fontaine             | de la Fontaine, Jean            | Fontaine, Jean de la",
            "{'family': 'Alembert', 'given': 'Jean', 'non-dropping-particle': 'd\u2019'}            | Jean d\u2019Alembert            | d\u2019Alembert, Jean            | Alembert, Jean d\u2019",
            "{'family': 'King', 'given': 'Martin Luther', 'suffix': 'Jr.'}                          | Martin Luther King Jr.          | King, Martin Luther, Jr.        | King, Martin Luther, Jr.",
            "{'family': 'King', 'given': 'Martin Luther', 'suffix': 'Jr.', 'comma-suffix': true}    | Martin Luther King, Jr.         | King, Martin Luther, Jr.        | King, Martin Luther, Jr.",
            "{'literal': 'Amnesty International'}                                                   | Amnesty International           | Amnesty International           | Amnesty International",
            "{'family': 'Plato'}                                                                    | Plato                           | Plato                           | Plato",
            "{'given': 'Madonna'}                                                                   | Madonna                         | Madonna                         | Madonna",
            "{'family': '  Haggard ', 'given': 'Stephen   J.'}                                     | Stephen J. Haggard              | Haggard, Stephen J.             | Haggard, Stephen J."
    })
    void showsNamesInDisplayAndSortOrderWithCslParticles(String json, String display, String sort, String demoted) {
        PersonName name = name(json);
        assertEquals(display, name.displayName());
        assertEquals(sort, name.sortName());
        assertEquals(demoted, name.sortName(true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'literal': 'Amnesty International'}          | true",
            "{'family': 'Haggard', 'given': 'Stephen'}     | false",
            "{'family': 'Haggard', 'literal': 'Haggard'}   | false",
            "{'given': 'Madonna'}                          | false"
    })
    void isAnOrganisationOnlyWhenItHasALiteralAlone(String json, boolean organisation) {
        assertEquals(organisation, name(json).isOrganisation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Haggard, Stephen             | Haggard   | Stephen       |       |        |      |",
            "Stephen Haggard              | Haggard   | Stephen       |       |        |      |",
            "  Stephen   Haggard          | Haggard   | Stephen       |       |        |      |",
            "Haggard, S.                  | Haggard   | S.            |       |        |      |",
            "S. J. Haggard                | Haggard   | S. J.         |       |        |      |",
            "van Beethoven, Ludwig        | Beethoven | Ludwig        |       | van    |      |",
            "Beethoven, Ludwig van        | Beethoven | Ludwig        | van   |        |      |",
            "Ludwig van Beethoven         | Beethoven | Ludwig        |       | van    |      |",
            "Vincent van Gogh             | Gogh      | Vincent       |       | van    |      |",
            "de la Fontaine, Jean         | Fontaine  | Jean          |       | de la  |      |",
            "Jean de La Fontaine          | La Fontaine | Jean        |       | de     |      |",
            "King, Martin Luther, Jr.     | King      | Martin Luther |       |        | Jr.  |",
            "King, Jr., Martin Luther     | King      | Martin Luther |       |        | Jr.  |",
            "Martin Luther King Jr.       | King      | Martin Luther |       |        | Jr.  |",
            "Plato                        | Plato     |               |       |        |      |",
            "{Amnesty International}      |           |               |       |        |      | Amnesty International",
            "{ Barnes and Noble }         |           |               |       |        |      | Barnes and Noble",
            "Amnesty International        |           |               |       |        |      | Amnesty International",
            "Human Rights Watch           |           |               |       |        |      | Human Rights Watch",
            "Müller, Hans                 | Müller    | Hans          |       |        |      |"
    })
    void parsesNamesWrittenAsOneString(String text, String family, String given, String dropping, String nonDropping,
                                       String suffix, String literal) {
        PersonName expected = new PersonName(family, given, dropping, nonDropping, suffix, literal, false);
        assertEquals(Optional.of(expected), PersonName.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "{}", "{  }"})
    void parsesNothingFromBlankText(String text) {
        assertEquals(Optional.empty(), PersonName.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Haggard, Stephen          | haggard,stephen",
            "HAGGARD, Stephen          | haggard,stephen",
            "Müller, Hans              | muller,hans",
            "Muller, Hans              | muller,hans",
            "Vincent van Gogh          | vangogh,vincent",
            "van Gogh, Vincent         | vangogh,vincent",
            "Van Gogh, Vincent         | vangogh,vincent",
            "O'Brien, Flann            | obrien,flann",
            "Dvořák, Antonín           | dvorak,antonin",
            "Sartre, Jean-Paul         | sartre,jean paul",
            "Tolkien, J.R.R.           | tolkien,j r r",
            "King, Martin Luther, Jr.  | king,martin luther,jr",
            "{Amnesty International}   | amnesty international",
            "{Amnesty  International.} | amnesty international",
            "Łukasiewicz, Jan          | lukasiewicz,jan",
            "Straße, Anna              | strasse,anna"
    })
    void foldsSpellingsOfOneNameIntoOneAuthorityKey(String text, String key) {
        assertEquals(key, PersonName.parse(text).orElseThrow().authorityKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Haggard, Stephen         | Stephen Haggard          | EXACT",
            "Müller, Hans             | MULLER, Hans             | EXACT",
            "Haggard, S.              | Haggard, Stephen         | COMPATIBLE",
            "Haggard, S. J.           | Haggard, Stephen         | COMPATIBLE",
            "Haggard, SJ              | Haggard, Stephen James   | COMPATIBLE",
            "Haggard                  | Haggard, Stephen         | COMPATIBLE",
            "Mueller, Hans            | Müller, Hans             | COMPATIBLE",
            "Beethoven, Ludwig        | Ludwig van Beethoven     | COMPATIBLE",
            "Haggard, Stephen         | Haggard, Simon           | DIFFERENT",
            "Haggard, T.              | Haggard, Stephen         | DIFFERENT",
            "Haggard, Stephen         | Noland, Stephen          | DIFFERENT",
            "King, Martin Luther, Jr. | King, Martin Luther, Sr. | DIFFERENT",
            "{Amnesty International}  | Amnesty International    | EXACT",
            "{Amnesty International}  | {Amnesty}                | DIFFERENT",
            "{Haggard}                | Haggard, Stephen         | DIFFERENT"
    })
    void matchesNamesExactlyCompatiblyOrNot(String a, String b, NameMatch expected) {
        PersonName first = PersonName.parse(a).orElseThrow();
        PersonName second = PersonName.parse(b).orElseThrow();
        assertEquals(expected, first.matches(second));
        assertEquals(expected, second.matches(first));
    }

    @Test
    void matchesNothingAgainstNullOrAnEmptyName() {
        PersonName haggard = PersonName.person("Haggard", "Stephen");
        assertEquals(NameMatch.DIFFERENT, haggard.matches(null));
        assertEquals(NameMatch.DIFFERENT, haggard.matches(PersonName.of(Map.of())));
    }

    @Test
    void ignoresMembersOfTheWrongTypeWhenReading() {
        PersonName name = PersonName.of(JsonTree.item("{'family': 42, 'given': ['x'], 'literal': null, 'comma-suffix': 'true', 'suffix': 'Jr.'}"));
        assertEquals("", name.family());
        assertEquals("", name.given());
        assertTrue(name.commaSuffix());
        assertTrue(name.isEmpty());
        assertTrue(PersonName.of(null).isEmpty());
    }

    @Test
    void writesItselfBackAsACslNameObject() {
        Map<String, Object> csl = JsonTree.item(
                "{'family': 'Fontaine', 'given': 'Jean', 'dropping-particle': 'de', 'non-dropping-particle': 'La', 'suffix': 'II', 'comma-suffix': true}");
        assertEquals(csl, PersonName.of(csl).toCsl());
        assertEquals(Map.of("literal", "Amnesty International"), PersonName.organisation("Amnesty International").toCsl());
        assertFalse(PersonName.person("Haggard", "Stephen").toCsl().containsKey("literal"));
    }
}

package org.ariadne.footnotes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ariadne.footnotes.domain.NoteCitation.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteParserTest {

    private final NoteParser parser = new NoteParser();

    private NoteCitation only(String note) {
        ParsedNote parsed = parser.parse(note);
        assertEquals(1, parsed.citations().size(), () -> note + " -> " + parsed);
        return parsed.citations().get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstName(Map<String, Object> work, String role) {
        return ((List<Map<String, Object>>) work.get(role)).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> dateParts(Map<String, Object> work) {
        Map<String, Object> issued = (Map<String, Object>) work.get("issued");
        return issued == null ? null : ((List<List<Object>>) issued.get("date-parts")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ibid., p. 10.          | 10     | page",
            "Ibid, pp. 17-18.       | 17-18  | page",
            "Ibid., 45.             | 45     | page",
            "Ibid., 45–67.          | 45–67  | page",
            "Ibid., para. 63.       | 63     | paragraph",
            "Ibid., paras. 4-6.     | 4-6    | paragraph",
            "Ibid., ch. 3.          | 3      | chapter",
            "Ibid., sec. 2.         | 2      | section",
            "Ibid., § 12.           | 12     | section",
            "Ibid., n. 4.           | 4      | note",
            "Ibid., vol. 2.         | 2      | volume",
            "Ibid., fig. 7.         | 7      | figure",
            "Ibid., l. 20.          | 20     | line",
            "Ibid., pp. xii-xiv.    | xii-xiv| page",
            "Ibid., 12ff.           | 12ff.  | page",
    })
    void splitsTheLocatorFromItsLabelWordIntoACslTerm(String note, String locator, String label) {
        NoteCitation c = only(note);
        assertEquals(locator, c.locator());
        assertEquals(label, c.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ibid.                          | IBID   |      ",
            "Ibid                           | IBID   |      ",
            "ibid.                          | IBID   |      ",
            "*Ibid.*, 45.                   | IBID   | 45   ",
            "Ibidem, p. 3.                  | IBID   | 3    ",
            "Id.                            | ID     |      ",
            "Id. at 45.                     | ID     | 45   ",
            "*Id.* at 495.                  | ID     | 495  ",
            "Haggard, op. cit., p. 12.      | OP_CIT | 12   ",
            "Doe, *op. cit.*, 4.            | OP_CIT | 4    ",
            "Doe, *Long Walk*, 12.          | SHORT  | 12   ",
            "Doe, \"Crossing Rivers,\" 50.  | SHORT  | 50   ",
            "Haggard and Noland, “North Korean Refugees,” 12.| SHORT | 12",
            "Smith (2004), p. 5             | SHORT  | 5    ",
            "Smith 2004, 5                  | SHORT  | 5    ",
            "Smith and Jones (2004: 12)     | SHORT  | 12   ",
            "Human Rights Watch, *Denied Status*, 7.| SHORT | 7",
    })
    void recognisesTheFormOfACitation(String note, Kind kind, String locator) {
        NoteCitation c = only(note);
        assertEquals(kind, c.kind());
        assertEquals(locator, c.locator());
        if (kind == Kind.IBID || kind == Kind.ID) {
            assertNull(c.work());
        } else {
            assertNotNull(c.work());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Chicago full notes
            "Jane Doe, *The Long Walk* (New York: Columbia University Press, 2006), 45.| book | The Long Walk | Doe | | 2006 | 45",
            "Jane Doe, \"Crossing Rivers,\" *Journal of Asian Studies* 12, no. 3 (2004): 45–67.| article-journal | Crossing Rivers | Doe | Journal of Asian Studies | 2004 | 45–67",
            "Jane Doe, “Crossing Rivers,” in *Borders and People*, ed. Mary Roe (London: Verso, 2010), 33.| chapter | Crossing Rivers | Doe | Borders and People | 2010 | 33",
            "John Roe, \"Border Town Arrests,\" New York Times, March 24, 2000.| article-newspaper | Border Town Arrests | Roe | New York Times | 2000 | ",
            "Jane Doe and John Roe, *Walls* (Oxford: Clarendon Press, 1998), 3.| book | Walls | Doe | | 1998 | 3",
            "Jane Doe, John Roe and Ann Poe, “Gates,” *Asian Survey* 44, no. 2 (2004): 7.| article-journal | Gates | Doe | Asian Survey | 2004 | 7",
            // MLA-like
            "Doe, Jane. \"Crossing Rivers.\" *Journal of Asian Studies*, vol. 12, no. 3, 2004, pp. 45-67.| article-journal | Crossing Rivers | Doe | Journal of Asian Studies | 2004 | 45-67",
            "Doe, Jane. *The Long Walk*. Columbia University Press, 2006.| book | The Long Walk | Doe | | 2006 | ",
            // organisations, reports
            "Amnesty International, *Bitter Harvest*, 2011, p. 9.| report | Bitter Harvest | Amnesty International | | 2011 | 9",
            "World Food Programme, Food Security Assessment, Report No. 12, 2011.| report | Food Security Assessment | World Food Programme | | 2011 | ",
            "UNHCR, \"Global Trends 2019,\" 2020, para. 63.| report | Global Trends 2019 | UNHCR | | 2020 | 63",
            // legal
            "Brown v. Board of Education, 347 U.S. 483, 495 (1954).| legal_case | Brown v. Board of Education | | U.S. | 1954 | 495",
    })
    void readsFullNotesIntoCslJson(String note, String type, String title, String author, String container,
                                   Integer year, String locator) {
        NoteCitation c = only(note);
        Map<String, Object> w = c.work();
        assertEquals(Kind.FULL, c.kind(), () -> w.toString());
        assertEquals(type, w.get("type"), () -> w.toString());
        assertEquals(title, w.get("title"), () -> w.toString());
        if (author != null) {
            Map<String, Object> name = firstName(w, "author");
            assertEquals(author, name.containsKey("literal") ? name.get("literal") : name.get("family"), w::toString);
        }
        assertEquals(container, w.get("container-title"), () -> w.toString());
        assertEquals(year, dateParts(w).get(0), () -> w.toString());
        assertEquals(locator, c.locator());
    }

    @Test
    void readsAChapterWithEditorsInParenthesesAndAPublisherWithoutPlace() {
        NoteCitation c = only("Ann Poe and Tom Lee, “Walls and Gates,” Borders: A Reader, (Ann Poe and Tom Lee eds.),"
                + " Institute for Border Studies, 2019, p. 10.");
        Map<String, Object> w = c.work();
        assertEquals("chapter", w.get("type"));
        assertEquals("Walls and Gates", w.get("title"));
        assertEquals("Borders: A Reader", w.get("container-title"));
        assertEquals(List.of(Map.of("family", "Poe", "given", "Ann"), Map.of("family", "Lee", "given", "Tom")),
                w.get("author"));
        assertEquals(w.get("author"), w.get("editor"));
        assertEquals("Institute for Border Studies", w.get("publisher"));
        assertEquals("10", c.locator());
    }

    @Test
    void keepsARomanVolumeAsGivenWithItsIssue() {
        Map<String, Object> w = only("Lee Kim, “Gates,” The Review of Border Studies, Vol. XII, No. 4, 2001, pp. 5-6.").work();
        assertEquals("article-journal", w.get("type"));
        assertEquals("XII", w.get("volume"));
        assertEquals("4", w.get("issue"));
        assertEquals("The Review of Border Studies", w.get("container-title"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amnesty International  | Amnesty International",
            "World Food Programme   | World Food Programme",
            "UNHCR                  | UNHCR",
            "Human Rights Watch     | Human Rights Watch",
            "Ministry of Unification| Ministry of Unification",
    })
    void readsOrganisationsAsLiteralNames(String organisation, String literal) {
        Map<String, Object> w = only(organisation + ", “Closed Doors,” 2015.").work();
        assertEquals(Map.of("literal", literal), firstName(w, "author"));
        assertEquals("report", w.get("type"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ludwig van Beethoven | Beethoven | Ludwig | van",
            "Martin Luther King Jr.| King    | Martin Luther |",
            "J. R. Tolkien        | Tolkien   | J. R.  |",
    })
    void splitsPersonsIntoGivenFamilyAndParticle(String name, String family, String given, String particle) {
        Map<String, Object> person = firstName(only(name + ", *Letters* (London: Faber, 1990), 4.").work(), "author");
        assertEquals(family, person.get("family"));
        assertEquals(given, person.get("given"));
        assertEquals(particle, person.get("non-dropping-particle"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "March 24, 2000   | 2000 | 3 | 24",
            "24 March 2000    | 2000 | 3 | 24",
            "24/03/2000       | 2000 | 3 | 24",
            "2000-03-24       | 2000 | 3 | 24",
    })
    void readsFullDates(String date, int year, int month, int day) {
        ParsedNote parsed = parser.parse("Jane Doe, “Gates,” Daily Courier, " + date + ".");
        assertEquals(List.of(year, month, day), dateParts(parsed.citations().get(0).work()));
        assertEquals(List.of(), parsed.problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"24/03/200", "31/02/2001", "2001-13-01", "45/45/2001"})
    void reportsAnInvalidDateAndDoesNotGuessAnIssuedDate(String date) {
        ParsedNote parsed = parser.parse("Amnesty International, Closed Doors,” " + date + ", p. 5.");
        assertEquals(List.of("The date \"" + date + "\" is not a valid date."), parsed.problems());
        NoteCitation c = parsed.citations().get(0);
        assertNull(c.work().get("issued"));
        assertEquals("Closed Doors", c.work().get("title"));
        assertEquals("5", c.locator());
    }

    @Test
    void keepsOnlyTheYearOfAnAmbiguousNumericDateAndSaysSo() {
        ParsedNote parsed = parser.parse("Jane Doe, “Gates,” Daily Courier, 03/04/2000.");
        assertEquals(List.of(2000), dateParts(parsed.citations().get(0).work()));
        assertEquals(1, parsed.problems().size());
        assertTrue(parsed.problems().get(0).contains("03/04/2000"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "See Jane Doe, *Walls* (London: Verso, 2001), 4.",
            "See also Jane Doe, *Walls* (London: Verso, 2001), 4.",
            "Cf. Jane Doe, *Walls* (London: Verso, 2001), 4.",
            "E.g., Jane Doe, *Walls* (London: Verso, 2001), 4.",
            "*See, e.g.,* Jane Doe, *Walls* (London: Verso, 2001), 4.",
    })
    void stripsSignalWords(String note) {
        NoteCitation c = only(note);
        assertEquals("Walls", c.work().get("title"));
        assertEquals(Map.of("family", "Doe", "given", "Jane"), firstName(c.work(), "author"));
    }

    @Test
    void splitsSeveralWorksOnSemicolonsButNotInsideQuotedTitles() {
        ParsedNote parsed = parser.parse("See Jane Doe, “Walls; Gates,” *Asian Survey* 4, no. 1 (2001): 3;"
                + " Human Rights Watch, *Denied Status*, 2008, 12; ibid., 14.");
        assertEquals(3, parsed.citations().size());
        assertEquals("Walls; Gates", parsed.citations().get(0).work().get("title"));
        assertEquals("Denied Status", parsed.citations().get(1).work().get("title"));
        assertEquals(Kind.IBID, parsed.citations().get(2).kind());
        assertEquals("14", parsed.citations().get(2).locator());
    }

    @Test
    void readsUrlsAndDois() {
        Map<String, Object> web = only("https://example.org/walls/report.pdf.").work();
        assertEquals("webpage", web.get("type"));
        assertEquals("https://example.org/walls/report.pdf", web.get("URL"));

        Map<String, Object> article = only("Jane Doe, “Gates,” *Asian Survey* 44, no. 3 (2004): 45,"
                + " https://doi.org/10.1525/as.2004.44.3.45.").work();
        assertEquals("10.1525/as.2004.44.3.45", article.get("DOI"));

        Map<String, Object> page = only("Human Rights Watch, “Closed Doors,” March 3, 2015,"
                + " https://www.example.org/news/closed-doors (accessed May 5, 2016).").work();
        assertEquals("https://www.example.org/news/closed-doors", page.get("URL"));
        assertEquals("Closed Doors", page.get("title"));
    }

    @Test
    void reportsANoteThatCitesNothingRecognisable() {
        ParsedNote parsed = parser.parse("This point is disputed by several scholars.");
        assertEquals(List.of(), parsed.citations());
        assertEquals(1, parsed.problems().size());
    }

    @Test
    void neverThrowsOnHostileNotes() {
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        String[] notes = {null, "", " ", "“", "”", "\"", "(", ")", "*", "_", ";;;;", "Ibid", "op. cit.",
                junk.toString(), "“".repeat(5000), "(".repeat(5000), "a, ".repeat(3000), "; ".repeat(3000),
                "Doe, “" + "x".repeat(10_000), "1/1/1/1/1/1", "v. v. v. v., 1 U.S. 1 (2000)", "*_*_*_*_"};
        for (String note : notes) {
            ParsedNote parsed = parser.parse(note);
            assertNotNull(parsed);
            assertTrue(parsed.citations().stream().allMatch(java.util.Objects::nonNull));
        }
    }
}

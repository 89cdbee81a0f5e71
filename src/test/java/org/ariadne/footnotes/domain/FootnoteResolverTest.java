package org.ariadne.footnotes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteResolverTest {

    private static final Path SEED_002 = Path.of("..", "shared", "seeds", "002_e0c3d585472a70e7.txt");

    private final FootnoteExtractor extractor = new FootnoteExtractor();
    private final FootnoteResolver resolver = new FootnoteResolver();

    private FootnoteAnalysis resolve(String... noteTexts) {
        List<ExtractedNote> notes = new ArrayList<>();
        for (int i = 0; i < noteTexts.length; i++) {
            notes.add(new ExtractedNote(i + 1, noteTexts[i], 10 * i, 10 * i + 1));
        }
        return resolver.resolve(notes);
    }

    private static Map<String, Object> work(FootnoteAnalysis analysis, ResolvedNote note) {
        return analysis.works().get(note.citations().get(0).workIndex()).csl();
    }

    private static Map<String, Object> person(String given, String family) {
        return Map.of("family", family, "given", given);
    }

    private static Map<String, Object> year(int... parts) {
        List<Object> p = new ArrayList<>();
        for (int part : parts) {
            p.add(part);
        }
        return Map.of("date-parts", List.of(p));
    }

    @Test
    void resolvesTheFourNotesOfSeed002() throws IOException {
        String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
        FootnoteAnalysis analysis = resolver.resolve(extractor.extract(text, TextFormat.PLAIN));

        assertEquals(4, analysis.notes().size());
        assertEquals(3, analysis.works().size());
        for (ResolvedNote note : analysis.notes()) {
            assertEquals((char) ('0' + note.number()), text.charAt(note.markerStart()));
            assertEquals(1, note.citations().size(), note::toString);
        }

        ResolvedNote n1 = analysis.notes().get(0);
        Map<String, Object> chapter = work(analysis, n1);
        assertEquals("chapter", chapter.get("type"));
        assertEquals("The North Korean Refugees as a Human Rights Issue", chapter.get("title"));
        assertEquals(List.of(person("Stephen", "Haggard"), person("Marcus", "Noland")), chapter.get("author"));
        assertEquals("The North Korean Refugee Crisis: Human Rights and International Responses",
                chapter.get("container-title"));
        assertEquals(List.of(person("Stephen", "Haggard"), person("Marcus", "Noland")), chapter.get("editor"));
        assertEquals("U.S. Committee for Human Rights in North Korea", chapter.get("publisher"));
        assertEquals(year(2006), chapter.get("issued"));
        assertEquals("10", n1.citations().get(0).locator());
        assertEquals("page", n1.citations().get(0).label());
        assertFalse(n1.citations().get(0).ibid());
        assertEquals(List.of(), n1.problems());

        ResolvedNote n2 = analysis.notes().get(1);
        ResolvedCitation ibid = n2.citations().get(0);
        assertEquals(n1.citations().get(0).workIndex(), ibid.workIndex());
        assertEquals("17-18", ibid.locator());
        assertEquals("page", ibid.label());
        assertTrue(ibid.ibid());
        assertEquals(List.of(), n2.problems());

        ResolvedNote n3 = analysis.notes().get(2);
        Map<String, Object> report = work(analysis, n3);
        assertEquals("report", report.get("type"));
        assertEquals(List.of(Map.of("literal", "Amnesty International")), report.get("author"));
        assertEquals("Persecuting the Starving: the Plight of North Koreans Fleeing to China", report.get("title"));
        assertNull(report.get("issued"));
        assertEquals("5", n3.citations().get(0).locator());
        assertEquals("page", n3.citations().get(0).label());
        assertEquals(1, n3.problems().size());
        assertTrue(n3.problems().get(0).contains("\"24/03/200\""), n3.problems()::toString);

        ResolvedNote n4 = analysis.notes().get(3);
        Map<String, Object> article = work(analysis, n4);
        assertEquals("article-journal", article.get("type"));
        assertEquals(List.of(person("Jacho", "Hwang")), article.get("author"));
        assertEquals("Northeast Asia’s Pandora’s Box: North Korean Escapees", article.get("title"));
        assertEquals("The Korean Journal of Defense Analysis", article.get("container-title"));
        assertEquals("XVI", article.get("volume"));
        assertEquals("1", article.get("issue"));
        assertEquals(year(2004), article.get("issued"));
        assertEquals("57-58", n4.citations().get(0).locator());
        assertEquals("page", n4.citations().get(0).label());
        assertEquals(List.of(), n4.problems());
    }

    @Test
    void resolvesBareIbidToThePreviousWorkAndLocator() {
        FootnoteAnalysis a = resolve("Jane Doe, *Walls* (London: Verso, 2001), 4.", "Ibid.");
        ResolvedCitation c = a.notes().get(1).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals("4", c.locator());
        assertEquals("page", c.label());
        assertTrue(c.ibid());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ibid., 45.          | 45    | page",
            "Ibid, pp. 17-18.    | 17-18 | page",
            "ibid., para. 3.     | 3     | paragraph",
            "Id. at 45.          | 45    | page",
    })
    void resolvesIbidToPreviousFootnoteWithNewLocator(String ibid, String locator, String label) {
        FootnoteAnalysis a = resolve("Jane Doe, *Walls* (London: Verso, 2001), 4.", "Ibid.", ibid);
        ResolvedCitation c = a.notes().get(2).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals(locator, c.locator());
        assertEquals(label, c.label());
        assertTrue(c.ibid());
        assertEquals(1, a.works().size());
    }

    @Test
    void resolvesIdToThePreviousLegalCase() {
        FootnoteAnalysis a = resolve("Brown v. Board of Education, 347 U.S. 483 (1954).", "Id. at 495.");
        assertEquals("legal_case", a.works().get(0).csl().get("type"));
        ResolvedCitation c = a.notes().get(1).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals("495", c.locator());
        assertTrue(c.ibid());
    }

    @Test
    void reportsAnIbidWithNothingBeforeIt() {
        FootnoteAnalysis a = resolve("Ibid., 3.");
        assertEquals(List.of(), a.notes().get(0).citations());
        assertEquals(List.of("Ibid. in note 1 has no previous note to refer to."), a.notes().get(0).problems());
    }

    @Test
    void resolvesIbidAfterANoteCitingSeveralWorksToTheFirstAndSaysSo() {
        FootnoteAnalysis a = resolve("Jane Doe, *Walls* (London: Verso, 2001), 4; John Roe, *Gates* (Paris: Seuil, 1999), 7.",
                "Ibid., 9.");
        assertEquals(0, a.notes().get(1).citations().get(0).workIndex());
        assertEquals(1, a.notes().get(1).problems().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Haggard and Noland, “North Korean Refugees,” 12.           | 12",
            "Haggard and Noland, \"north korean refugees\", 12.         | 12",
            "Haggard, “Refugees as a Human Rights Issue,” p. 12.        | 12",
    })
    void resolvesShortFormsToTheEarlierFullCitation(String shortForm, String locator) {
        FootnoteAnalysis a = resolve(
                "Stephen Haggard and Marcus Noland, “The North Korean Refugees as a Human Rights Issue,” in *The North"
                        + " Korean Refugee Crisis*, ed. Stephen Haggard and Marcus Noland (Washington: U.S. Committee"
                        + " for Human Rights in North Korea, 2006), 10.",
                "Jacho Hwang, “Pandora’s Box,” *Korean Journal of Defense Analysis* 16, no. 1 (2004): 57.",
                shortForm);
        ResolvedCitation c = a.notes().get(2).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals(locator, c.locator());
        assertTrue(c.shortForm());
        assertFalse(c.ibid());
        assertEquals(2, a.works().size());
        assertEquals(List.of(), a.notes().get(2).problems());
    }

    @Test
    void resolvesAnOrganisationsShortTitle() {
        FootnoteAnalysis a = resolve("Amnesty International, *Bitter Harvest: Hunger at the Border*, 2011, p. 9.",
                "Jane Doe, *Walls* (London: Verso, 2001), 4.",
                "Amnesty International, *Bitter Harvest*, 12.");
        ResolvedCitation c = a.notes().get(2).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals("12", c.locator());
        assertTrue(c.shortForm());
    }

    @Test
    void resolvesAuthorDateNotesToTheWorkOfThatYear() {
        FootnoteAnalysis a = resolve("Jane Smith, *Walls* (London: Verso, 2004), 4.",
                "Jane Smith, *Gates* (London: Verso, 2010), 8.", "Smith (2004), p. 5");
        ResolvedCitation c = a.notes().get(2).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals("5", c.locator());
        assertTrue(c.shortForm());
    }

    @Test
    void resolvesOpCitToTheEarlierWorkOfThatAuthor() {
        FootnoteAnalysis a = resolve("Stephen Haggard, *Famine in North Korea* (New York: Columbia University Press,"
                + " 2007), 3.", "Jane Doe, *Walls* (London: Verso, 2001), 4.", "Haggard, op. cit., p. 12.");
        ResolvedCitation c = a.notes().get(2).citations().get(0);
        assertEquals(0, c.workIndex());
        assertEquals("12", c.locator());
        assertEquals(List.of(), a.notes().get(2).problems());
    }

    @Test
    void reportsAnUnresolvableShortFormAndOpCit() {
        FootnoteAnalysis a = resolve("Doe, *Walls*, 4.", "Roe, op. cit., 5.");
        assertEquals(1, a.notes().get(0).problems().size());
        assertEquals("Walls", a.works().get(0).csl().get("title"), "the short form still names a work");
        assertEquals(List.of(), a.notes().get(1).citations());
        assertEquals(1, a.notes().get(1).problems().size());
    }

    @Test
    void keepsAnEditedBookAndAChapterInsideItAsDifferentWorks() {
        FootnoteAnalysis a = resolve(
                "Ann Poe, “Walls,” in *Borders: A Reader*, ed. Tom Lee (London: Verso, 2010), 33.",
                "Tom Lee, ed., *Borders: A Reader* (London: Verso, 2010), 5.",
                "Ann Poe, “Walls,” in *Borders: A Reader*, ed. Tom Lee (London: Verso, 2010), 40.");
        assertEquals(2, a.works().size());
        Map<String, Object> chapter = a.works().get(0).csl();
        Map<String, Object> book = a.works().get(1).csl();
        assertEquals("chapter", chapter.get("type"));
        assertEquals("Borders: A Reader", chapter.get("container-title"));
        assertEquals("book", book.get("type"));
        assertEquals("Borders: A Reader", book.get("title"));
        assertEquals(List.of(person("Tom", "Lee")), book.get("editor"));
        assertNull(book.get("author"));
        assertNotEquals(a.notes().get(0).citations().get(0).workIndex(), a.notes().get(1).citations().get(0).workIndex());
        assertEquals(0, a.notes().get(2).citations().get(0).workIndex(), "the same chapter cited again is one work");
    }

    @Test
    void reportsANoteWithoutMarker() {
        FootnoteAnalysis a = resolver.resolve(List.of(new ExtractedNote(1, "Doe, *Walls* (London: Verso, 2001).", -1, -1)));
        assertEquals(List.of("Note 1 has no marker in the text."), a.notes().get(0).problems());
    }

    @Test
    void resolvesMarkdownAndHtmlTextsEndToEnd() {
        String markdown = "Walls rose.[^a] Gates closed.[^b]\n\n[^a]: Jane Doe, *Walls* (London: Verso, 2001), 4.\n"
                + "[^b]: Ibid., 7.\n";
        String html = "<p>Walls rose.<sup><a href=\"#fn1\">1</a></sup> Gates closed.<sup><a href=\"#fn2\">2</a></sup></p>"
                + "<div class=\"footnotes\"><ol><li id=\"fn1\">Jane Doe, &ldquo;Walls,&rdquo; <i>Asian Survey</i> 4,"
                + " no. 1 (2001): 3.</li><li id=\"fn2\">Ibid., 7.</li></ol></div>";
        for (FootnoteAnalysis a : List.of(resolver.resolve(extractor.extract(markdown, TextFormat.MARKDOWN)),
                resolver.resolve(extractor.extract(html, TextFormat.HTML)))) {
            assertEquals(1, a.works().size(), a::toString);
            assertEquals("Walls", a.works().get(0).csl().get("title"));
            assertEquals("7", a.notes().get(1).citations().get(0).locator());
            assertTrue(a.notes().get(1).citations().get(0).ibid());
        }
    }

    @Test
    void neverThrowsOnHostileNotes() {
        List<ExtractedNote> notes = new ArrayList<>();
        notes.add(null);
        notes.add(new ExtractedNote(1, null, -1, -1));
        notes.add(new ExtractedNote(2, "Ibid.; Id.; op. cit.; “; (;", 0, 1));
        notes.add(new ExtractedNote(3, "\uD800\uDFFF\u0000" + "“".repeat(3000), 0, 1));
        FootnoteAnalysis a = resolver.resolve(notes);
        assertEquals(3, a.notes().size());
        assertEquals(0, resolver.resolve(null).notes().size());
    }

    @Test
    void extractsAndResolvesTwoThousandNotesIntoFiveHundredWorks() {
        String text = FootnoteExtractorTest.plainTextWithNotes(2000);
        for (int i = 0; i < 3; i++) {
            resolver.resolve(extractor.extract(text, TextFormat.PLAIN)); // warm up
        }
        FootnoteAnalysis a = resolver.resolve(extractor.extract(text, TextFormat.PLAIN));

        assertEquals(2000, a.notes().size());
        assertEquals(500, a.works().size());
        assertTrue(a.notes().stream().allMatch(n -> n.problems().isEmpty() && n.citations().size() == 1),
                () -> a.notes().stream().filter(n -> !n.problems().isEmpty()).findFirst().toString());
    }
}

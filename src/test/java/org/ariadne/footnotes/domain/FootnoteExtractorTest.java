package org.ariadne.footnotes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FootnoteExtractorTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private final FootnoteExtractor extractor = new FootnoteExtractor();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    /** Asserts the marker of a note covers its digits, glued after {@code before} and followed by {@code after}. */
    private static void assertMarker(String text, ExtractedNote note, char before, char after) {
        String digits = Integer.toString(note.number());
        assertEquals(digits, text.substring(note.markerStart(), note.markerEnd()), "marker of note " + note.number());
        assertEquals(before, text.charAt(note.markerStart() - 1), "character before marker " + note.number());
        if (note.markerEnd() < text.length()) {
            assertEquals(after, text.charAt(note.markerEnd()), "character after marker " + note.number());
        }
    }

    // --- the seed texts ---

    @Test
    void findsTheFourNotesOfSeed002WithMarkersOnTheirDigits() throws IOException {
        String text = seed("002_");
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(4, notes.size());
        assertEquals(List.of(1, 2, 3, 4), notes.stream().map(ExtractedNote::number).toList());
        for (ExtractedNote note : notes) {
            assertEquals((char) ('0' + note.number()), text.charAt(note.markerStart()));
            assertEquals(note.markerStart() + 1, note.markerEnd());
            assertEquals('.', text.charAt(note.markerStart() - 1), "markers are glued to a full stop");
        }
        assertTrue(text.startsWith("conventions.1", notes.get(0).markerStart() - "conventions.".length()));
        assertTrue(text.startsWith("criminals.3 In", notes.get(2).markerStart() - "criminals.".length()));
        assertTrue(text.startsWith("China.4", notes.get(3).markerStart() - "China.".length()));
        assertEquals("Ibid, pp. 17-18.", notes.get(1).text());
        assertTrue(notes.get(0).text().startsWith("Stephen Haggard and Marcus Noland, “The North Korean"));
        assertTrue(notes.get(3).text().endsWith("pp. 57-58."), "trailing no-break space is trimmed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "003_", "004_"})
    void findsNoNotesInSeedsWithoutFootnotes(String prefix) throws IOException {
        for (TextFormat format : TextFormat.values()) {
            assertEquals(List.of(), extractor.extract(seed(prefix), format), prefix + " as " + format);
        }
    }

    // --- plain text ---

    @Test
    void findsMarkersGluedToWordsAndPunctuationIncludingAfterAYear() {
        String text = """
                The ministry denied the claims;1 observers disagreed.
                Some called them “refugees,”2 others migrants. The treaty was signed in 1998.3
                Over 10,000 people, or 2.5 per cent, crossed in 1986 and over 2,737 in 2011.4

                Notes
                1. Ministry of Unification, Annual Report, 2011, p. 4.
                2. Jane Doe, “Crossing Rivers,” Asian Survey 12, no. 3 (2004): 45.
                3. Ibid., 46.
                4. Ibid.
                """;
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(4, notes.size());
        assertMarker(text, notes.get(0), ';', ' ');
        assertMarker(text, notes.get(1), '”', ' ');
        assertMarker(text, notes.get(2), '.', '\n');
        assertEquals("1998.3", text.substring(notes.get(2).markerStart() - 5, notes.get(2).markerEnd()));
        assertMarker(text, notes.get(3), '.', '\n');
        assertEquals("Ibid., 46.", notes.get(2).text());
    }

    @Test
    void readsNotesWithoutHeadingAndWithContinuationLines() {
        String text = """
                Rivers were crossed at night.1 Guards were paid.2

                  1. Jane Doe, The Long Walk (New York: Columbia University Press,
                     2006), 45.
                  2. Ibid, pp. 17-18.

                Posted on May 1, 2020
                """;
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(2, notes.size());
        assertEquals("Jane Doe, The Long Walk (New York: Columbia University Press, 2006), 45.", notes.get(0).text());
        assertMarker(text, notes.get(0), '.', ' ');
    }

    @Test
    void ignoresNumbersInProseAndAStrayNumberAtTheEnd() {
        String text = """
                About 10,000 people fled in 1986, 2.5 per cent of them children.
                Over 2,737 arrived; the fine was $6,000 at 02:43 on COVID-19 day.
                3
                """;
        assertEquals(List.of(), extractor.extract(text, TextFormat.PLAIN));
    }

    @Test
    void ignoresANumberedMenuAtTheStartOfAText() {
        String text = """
                1. Skip ahead
                  2. Open the menu
                A story about walls.1 And gates.2 Written in 2020.
                """;
        assertEquals(List.of(), extractor.extract(text, TextFormat.PLAIN));
    }

    @Test
    void ignoresANumberedListWhoseMarkersDoNotAppearInTheBody() {
        String text = """
                Three steps to follow, as explained below.

                1. Open the box.
                2. Read the letter.
                3. Close the box.
                """;
        assertEquals(List.of(), extractor.extract(text, TextFormat.PLAIN));
    }

    @Test
    void keepsANoteWithoutMarkerWhenAHeadingAnnouncesTheNotes() {
        String text = """
                A claim.1 Another claim without its marker.

                Footnotes:
                1. Jane Doe, The Long Walk, 2006.
                2. Ibid., 5.
                """;
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(2, notes.size());
        assertMarker(text, notes.get(0), '.', ' ');
        assertEquals(-1, notes.get(1).markerStart());
        assertEquals(-1, notes.get(1).markerEnd());
    }

    @Test
    void readsBracketedAndSuperscriptMarkers() {
        String text = "Walls rose [1] and gates closed.² Then silence.\n\n[1] Doe, Walls, 3.\n[2] Roe, Gates, 4.\n";
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(2, notes.size());
        assertMarker(text, notes.get(0), '[', ']');
        assertEquals("²", text.substring(notes.get(1).markerStart(), notes.get(1).markerEnd()));
        assertEquals("Doe, Walls, 3.", notes.get(0).text());
    }

    @Test
    void countsOffsetsInUtf16CodeUnitsAcrossCrlfAndSupplementaryCharacters() {
        String text = "Emoji 😀 first.\r\nThe claim.1\r\n\r\n1. Doe, Walls, 3.\r\n";
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(1, notes.size());
        assertEquals('1', text.charAt(notes.get(0).markerStart()));
        assertEquals("Doe, Walls, 3.", notes.get(0).text());
    }

    // --- Markdown ---

    @Test
    void readsMarkdownFootnotesNumberedInOrderOfFirstReference() {
        String text = """
                Walls rose[^wall] and gates closed.[^gate] Walls again.[^wall]

                ```
                code with [^gate] is not a reference
                ```

                [^gate]: Ibid., 45.
                [^wall]: Jane Doe, *The Long Walk* (New York: Columbia University Press, 2006),
                    45.

                    A second paragraph of the note.
                [^unused]: Roe, Gates, 4.
                """;
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.MARKDOWN);

        assertEquals(3, notes.size());
        ExtractedNote wall = notes.get(0);
        assertEquals(1, wall.number());
        assertEquals("[^wall]", text.substring(wall.markerStart(), wall.markerEnd()));
        assertEquals(text.indexOf("[^wall]"), wall.markerStart());
        assertEquals("Jane Doe, *The Long Walk* (New York: Columbia University Press, 2006), 45."
                + " A second paragraph of the note.", wall.text());
        assertEquals(2, notes.get(1).number());
        assertEquals("[^gate]", text.substring(notes.get(1).markerStart(), notes.get(1).markerEnd()));
        assertEquals("Ibid., 45.", notes.get(1).text());
        assertEquals(3, notes.get(2).number());
        assertEquals(-1, notes.get(2).markerStart());
    }

    @Test
    void readsMarkdownWithoutFootnoteSyntaxAsPlainText() {
        String text = "A *claim*.1\n\n1. Doe, *Walls*, 3.\n";
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.MARKDOWN);

        assertEquals(1, notes.size());
        assertEquals('1', text.charAt(notes.get(0).markerStart()));
    }

    // --- HTML ---

    @Test
    void readsPandocStyleHtmlFootnotesWithOffsetsInTheRawHtml() {
        String html = """
                <html><body><p>Walls &amp; gates rose.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a>
                Caf&eacute; owners paid.<a href="#fn2" id="fnref2"><sup>2</sup></a></p>
                <section class="footnotes" role="doc-endnotes"><hr><ol>
                <li id="fn1"><p>Jane Doe, &ldquo;Crossing Rivers,&rdquo; <em>Asian Survey</em> 12, no. 3 (2004): 45.<a href="#fnref1" class="footnote-back">&#8617;&#xFE0E;</a></p></li>
                <li id="fn2"><p>Ibid., 46. <a href="#fnref2" class="footnote-back">↩︎</a></p></li>
                </ol></section></body></html>
                """;
        List<ExtractedNote> notes = extractor.extract(html, TextFormat.HTML);

        assertEquals(2, notes.size());
        for (ExtractedNote note : notes) {
            assertEquals(Integer.toString(note.number()), html.substring(note.markerStart(), note.markerEnd()));
            assertTrue(html.startsWith("<sup>", note.markerStart() - 5));
        }
        assertEquals("Jane Doe, “Crossing Rivers,” Asian Survey 12, no. 3 (2004): 45.", notes.get(0).text());
        assertEquals("Ibid., 46.", notes.get(1).text());
    }

    @Test
    void readsBareSuperscriptMarkersAndAnOrderedListAfterANotesHeading() {
        String html = "<p>Area of 5 m<sup>2</sup> was claimed.<sup>1</sup> Gates closed.<sup> 2 </sup></p>\r\n"
                + "<h2>Notes</h2>\r\n<ol><li>Doe, <i>Walls</i>, 3.</li><li>Roe, <i>Gates</i>, 4.</li></ol>";
        List<ExtractedNote> notes = extractor.extract(html, TextFormat.HTML);

        assertEquals(2, notes.size());
        assertEquals("1", html.substring(notes.get(0).markerStart(), notes.get(0).markerEnd()));
        assertTrue(html.startsWith("claimed.<sup>1", notes.get(0).markerStart() - 13));
        assertEquals("2", html.substring(notes.get(1).markerStart(), notes.get(1).markerEnd()));
        assertTrue(html.startsWith("closed.<sup> 2", notes.get(1).markerStart() - 13));
        assertEquals("Doe, Walls, 3.", notes.get(0).text());
    }

    @Test
    void readsWordStyleHtmlFootnotesAndDecodesEntities() {
        String html = "<p>The claim.<a href=\"#_ftn1\" name=\"_ftnref1\">[1]</a></p>"
                + "<div><div id=\"ftn1\"><p><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> "
                + "Human Rights Watch, &ldquo;Denied Status,&rdquo; 2008, &sect; 4.</p></div></div>";
        List<ExtractedNote> notes = extractor.extract(html, TextFormat.HTML);

        assertEquals(1, notes.size());
        assertEquals("1", html.substring(notes.get(0).markerStart(), notes.get(0).markerEnd()));
        assertEquals("Human Rights Watch, “Denied Status,” 2008, § 4.", notes.get(0).text());
    }

    @Test
    void findsNoNotesInHtmlWithoutFootnotes() {
        String html = "<p>In 2011 over 2,737 people<sup>*</sup> crossed.</p><ol><li>One</li><li>Two</li></ol>";
        assertEquals(List.of(), extractor.extract(html, TextFormat.HTML));
    }

    // --- hostile input ---

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void neverThrowsOnHostileInput(TextFormat format) {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        String[] inputs = {"", "   ", "\u0000\uFFFF\uD800", junk.toString(), "<sup>1</sup>".repeat(5000),
                "[^a]".repeat(10_000) + "\n[^a]: x", "`".repeat(100_000), "1.".repeat(50_000),
                "<<<<a href=\"#fn1\">1</a><ol><li id=\"fn1\">", "“".repeat(50_000) + "\n1. x",
                "x.1\n".repeat(20_000) + "1. note\n"};
        for (String input : inputs) {
            assertTrue(extractor.extract(input, format) != null);
        }
        assertEquals(List.of(), extractor.extract(null, format));
    }

    @Test
    void extractsTwoThousandNotesWithTheirMarkers() {
        String text = plainTextWithNotes(2000);
        extractor.extract(text, TextFormat.PLAIN); // warm up
        List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);

        assertEquals(2000, notes.size());
        assertTrue(notes.stream().allMatch(ExtractedNote::hasMarker));
    }

    static String plainTextWithNotes(int n) {
        StringBuilder body = new StringBuilder();
        StringBuilder list = new StringBuilder("\nNotes\n");
        for (int i = 1; i <= n; i++) {
            body.append("In ").append(1900 + i % 100).append(" the wall was built.").append(i).append(' ');
            if (i % 10 == 0) {
                body.append('\n');
            }
            switch (i % 4) {
                case 1 -> list.append(i).append(". Author").append(i).append(" Doe, “Title number ").append(i)
                        .append(",” Journal of Walls ").append(i % 50).append(", no. 2 (2004): ").append(i).append(".\n");
                case 2 -> list.append(i).append(". Ibid., ").append(i).append(".\n");
                case 3 -> list.append(i).append(". Ibid.\n");
                default -> list.append(i).append(". Doe, “Title number ").append(i - 3).append(",” 7.\n");
            }
        }
        return body + "\n" + list;
    }
}

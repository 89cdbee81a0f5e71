package org.ariadne.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.claims.domain.FootnotePlacement.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnotePlacementTest {

    /**
     * A text in the manner of an article: one paragraph per line, markers glued to words; {@code [n]}
     * in the table marks where note n's marker stands and is replaced by the bare digit.
     */
    private static final String ARTICLE = String.join("\n",
            "The harbour froze in 1947.[1] Ships waited outside for weeks.",
            "",
            "Merchants called the winter “a ruinous season”[2] and petitioned the council. The council refused.[3]",
            "The next spring the ice broke early.",
            "Fishermen said the cod had gone north,[4] and[5] never came back.");

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour froze in 1947.                  | 1   | marker glued after a full stop at the quote's end
            The harbour froze in 1947                   | 1   | marker after the passage's full stop still glued
            harbour froze                               | 1   | first marker later in the same paragraph
            Ships waited outside for weeks.             | ''  | no marker after it in its paragraph
            called the winter “a ruinous season”        | 2   | marker glued after a closing quote
            called the winter “a ruinous season        | 2   | glued across the closing quote
            “a ruinous season”[2] and petitioned        | 2   | marker inside the passage
            the council. The council refused            | 3   | first marker later in the paragraph
            Merchants called the winter “a ruinous season”[2] and petitioned the council. The council refused. | 2 3 | two markers inside
            petitioned the council                      | 3   | skips nothing: the next marker in the paragraph
            The next spring the ice broke early.        | ''  | a line break ends the paragraph in a news text
            Fishermen said the cod had gone north,[4] and[5] never | 4 5 | markers inside in text order
            the cod                                     | 4   | only the first marker after the passage
            """)
    void placesFootnotesOnQuotedPassages(String passage, String expected, String why) {
        String text = ARTICLE.replaceAll("\\[(\\d)]", "$1");
        List<Marker> markers = markersOf(ARTICLE);
        String plain = passage.replaceAll("\\[(\\d)]", "$1");
        int start = text.indexOf(plain);
        assertTrue(start >= 0, "passage must occur: " + plain);
        List<Integer> numbers = FootnotePlacement.footnotesFor(text, markers, start, start + plain.length());
        assertEquals(expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList(), numbers, why);
    }

    @Test
    void aMarkerSeparatedByASpaceIsNotGluedButStillTheFirstInTheParagraph() {
        String text = "They left the valley 2 and never came back.";
        List<Marker> markers = List.of(new Marker(2, text.indexOf('2'), text.indexOf('2') + 1));
        assertEquals(List.of(2), FootnotePlacement.footnotesFor(text, markers, 0, text.indexOf(" 2")));
    }

    @Test
    void aMarkerBeforeThePassageDoesNotBelongToIt() {
        String text = "First claim.1 Second claim here.";
        List<Marker> markers = List.of(new Marker(1, 12, 13));
        int start = text.indexOf("Second");
        assertEquals(List.of(), FootnotePlacement.footnotesFor(text, markers, start, text.length()));
    }

    @Test
    void markersNeedNotComeInOrder() {
        String text = "Alpha.1 Beta.2 Gamma.3";
        List<Marker> markers = List.of(new Marker(3, 21, 22), new Marker(1, 6, 7), new Marker(2, 13, 14));
        assertEquals(List.of(1, 2), FootnotePlacement.footnotesFor(text, markers, 0, 13));
        assertEquals(List.of(2), FootnotePlacement.footnotesFor(text, markers, 8, 12));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour froze           | The harbour froze in 1947.1 Ships waited outside for weeks. | first line
            petitioned                  | Merchants called the winter “a ruinous season”2 and petitioned the council. The council refused.3 | one line is one paragraph
            ice broke                   | The next spring the ice broke early.                      | a single line break ends it too
            """)
    void paragraphsOfANewsTextAreItsLines(String probe, String paragraph, String why) {
        String text = ARTICLE.replaceAll("\\[(\\d)]", "$1");
        TextRange range = FootnotePlacement.paragraphAt(text, text.indexOf(probe));
        assertEquals(paragraph, range.of(text), why);
    }

    private static final String WRAPPED = String.join("\n",
            "THE HARBOUR",
            "",
            "The harbour froze in the winter of 1947, and the ships that",
            "had come for the herring waited outside the bar for weeks,",
            "their crews rationing coal and rumours in equal measure.",
            "",
            "When the thaw came in March the merchants counted their",
            "losses and wrote to the council, which did not answer them",
            "until the summer was over and the herring had gone north.");

    @Test
    void paragraphsOfAHardWrappedTextRunToTheBlankLine() {
        Paragraphs paragraphs = Paragraphs.of(WRAPPED);
        assertTrue(paragraphs.isHardWrapped());
        TextRange first = paragraphs.paragraphAt(WRAPPED.indexOf("waited"));
        assertEquals(WRAPPED.indexOf("The harbour froze"), first.start());
        assertEquals(WRAPPED.indexOf("measure.") + "measure.".length(), first.end());
        TextRange last = paragraphs.paragraphAt(WRAPPED.length());
        assertEquals(WRAPPED.indexOf("When the thaw"), last.start());
        assertEquals(WRAPPED.length(), last.end());
        assertEquals(new TextRange(0, "THE HARBOUR".length()), paragraphs.paragraphAt(3));
    }

    @Test
    void inAHardWrappedTextTheFirstMarkerOnALaterLineOfTheParagraphCounts() {
        String text = WRAPPED.replace("measure.", "measure.7");
        int marker = text.indexOf("measure.7") + "measure.".length();
        int start = text.indexOf("The harbour froze");
        List<Integer> numbers = FootnotePlacement.footnotesFor(text, List.of(new Marker(7, marker, marker + 1)),
                start, start + "The harbour froze".length());
        assertEquals(List.of(7), numbers);
    }

    @Test
    void aTextWithCrLfLineBreaksAndLongLinesIsNotHardWrapped() {
        String text = "A heading\r\n\r\n" + "word ".repeat(40) + "\r\n" + "more ".repeat(40) + "\r\n";
        Paragraphs paragraphs = Paragraphs.of(text);
        assertFalse(paragraphs.isHardWrapped());
        TextRange range = paragraphs.paragraphAt(text.indexOf("more"));
        assertEquals("more ".repeat(40), range.of(text));
    }

    // --- seed 002: a news article with footnotes; its markers are located here by searching the text ---

    private static final Path SEED_002 = Path.of("..", "shared", "seeds", "002_e0c3d585472a70e7.txt");

    @Test
    void inSeed002AQuoteEndingBeforeAGluedMarkerGetsThatFootnote() throws IOException {
        String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
        List<Marker> markers = gluedMarkersIn(text);
        QuoteAnchor anchor = QuoteAnchoring.anchor(text, "anti-socialist traitors and criminals").orElseThrow();
        assertEquals(List.of(3), FootnotePlacement.footnotesFor(text, markers, anchor.start(), anchor.end()));
    }

    @Test
    void inSeed002ASentenceOfTheParagraphEndingWithMarker2GetsFootnote2() throws IOException {
        String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
        List<Marker> markers = gluedMarkersIn(text);
        Marker two = markers.stream().filter(m -> m.number() == 2).findFirst().orElseThrow();
        TextRange paragraph = FootnotePlacement.paragraphAt(text, two.start());
        assertEquals(two.end(), paragraph.end(), "in seed 002 a paragraph is one line, ending with the marker here");
        // the paragraph's first sentence, found by position rather than copied from the seed
        int sentenceEnd = text.indexOf(". ", paragraph.start()) + 1;
        QuoteAnchor anchor = QuoteAnchoring.anchor(text, text.substring(paragraph.start(), sentenceEnd)).orElseThrow();
        assertEquals(List.of(2), FootnotePlacement.footnotesFor(text, markers, anchor.start(), anchor.end()));
    }

    @Test
    void inSeed002AQuoteThatCopiedTheMarkerStillAnchorsAndKeepsItsFootnote() throws IOException {
        String text = Files.readString(SEED_002, StandardCharsets.UTF_8);
        QuoteAnchor anchor = QuoteAnchoring.anchor(text, "traitors and criminals.3 In order").orElseThrow();
        assertEquals(List.of(3), FootnotePlacement.footnotesFor(text, gluedMarkersIn(text), anchor.start(), anchor.end()));
    }

    /** Markers as an extractor would report them: digits glued after a word's letter or full stop. */
    private static List<Marker> gluedMarkersIn(String text) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = Pattern.compile("(?<=[a-z][.,”]?)(\\d{1,2})(?=\\s|$)").matcher(text);
        while (m.find()) {
            markers.add(new Marker(Integer.parseInt(m.group(1)), m.start(1), m.end(1)));
        }
        assertEquals(List.of(1, 2, 3, 4), markers.stream().map(Marker::number).toList(), "markers found in seed 002");
        return markers;
    }

    /** Markers written as {@code [n]} in a test text, at the offsets they have once the brackets go. */
    private static List<Marker> markersOf(String bracketed) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = Pattern.compile("\\[(\\d)]").matcher(bracketed);
        int removed = 0;
        while (m.find()) {
            int at = m.start() - removed;
            markers.add(new Marker(Integer.parseInt(m.group(1)), at, at + 1));
            removed += 2;
        }
        return markers;
    }
}

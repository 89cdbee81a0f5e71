package org.ariadne.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteAnchoringTest {

    /** Each row: archived text, quote as typed, the passage expected (it occurs once in the text), why. */
    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            The mill closed in 1931 and never reopened. | closed in 1931 and  | closed in 1931 and | exact words
            The mill closed in   1931\\nand never reopened. | closed in 1931 and never | closed in   1931\\nand never | runs of spaces and a line break
            The mill closed\u00A0in 1931. | mill closed in 1931 | mill closed\u00A0in 1931 | no-break space
            She called it “a quiet ruin” at the time. | called it "a quiet ruin" at | called it “a quiet ruin” at | curly double quotes
            The miller’s daughter left. | miller's daughter | miller’s daughter | curly apostrophe
            He said ‘never’ twice. | said 'never' twice | said ‘never’ twice | curly single quotes
            Elle dit «jamais» deux fois. | dit "jamais" deux | dit «jamais» deux | guillemets
            The years 1931–1934 were hard. | years 1931-1934 were | years 1931–1934 were | en dash
            A ruin — so they said — remained. | ruin - so they said - remained | ruin — so they said — remained | em dashes
            It went on… and on. | went on... and on | went on… and on | ellipsis in the text
            It went on... and on. | went on… and on | went on... and on | ellipsis in the quote
            A well-con\u00ADsidered plan. | well-considered plan | well-con\u00ADsidered plan | soft hyphen
            They were called criminals”3 and worse. | called criminals" and worse | called criminals”3 and worse | marker glued to a closing quote
            They were called criminals.3 In time they left. | criminals. In time | criminals.3 In time | marker glued to a full stop
            They were called criminals12 by the court. | called criminals by the | called criminals12 by the | two-digit marker glued to a word
            They were called criminals.3 In time they left. | criminals.3 In time | criminals.3 In time | quote that copied the marker
            Over 2,737 people crossed. | Over 2,737 people | Over 2,737 people | digits after a comma are kept
            The G20 summit met. | The G20 summit | The G20 summit | digits glued to a capital are kept
            The Mill Closed In 1931. | the mill closed in 1931 | The Mill Closed In 1931 | case-insensitive fallback
            """)
    void anchorsQuoteDespiteTypographicDifferences(String text, String quote, String expected, String why) {
        String archived = unescape(text);
        String passage = unescape(expected);
        QuoteAnchor anchor = QuoteAnchoring.anchor(archived, unescape(quote)).orElseThrow();
        int start = archived.indexOf(passage);
        assertEquals(start, anchor.start(), why);
        assertEquals(start + passage.length(), anchor.end(), why);
        assertEquals(passage, anchor.exact(), why);
        assertEquals(archived.substring(anchor.start(), anchor.end()), anchor.exact());
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The mill closed in 1931. | the mill reopened | different words
            The mill closed in 1931. | The mill closed in 1932 | one digit differs
            The mill closed in 1931. | '   ' | blank quote
            The mill. | The mill closed in 1931 and more | quote longer than text
            """)
    void findsNothingWhereTheQuoteIsNotInTheText(String text, String quote, String why) {
        assertEquals(Optional.empty(), QuoteAnchoring.anchor(text, quote.replace("'", "")), why);
    }

    @Test
    void caseSensitiveOccurrenceWinsOverAnEarlierCaseInsensitiveOne() {
        String text = "THE RIVER ROSE. Then the river rose again.";
        assertEquals(text.lastIndexOf("the river rose"), QuoteAnchoring.anchor(text, "the river rose").orElseThrow().start());
    }

    @ParameterizedTest(name = "hint {0} picks occurrence {1}")
    @CsvSource({"-1, 0", "0, 0", "20, 1", "35, 1", "44, 2", "1000, 2"})
    void picksTheOccurrenceNearestTheHintOrTheFirst(int hint, int expectedOccurrence) {
        String text = "One: the flood came. Then the flood came. And the flood came.";
        int[] starts = {text.indexOf("the flood"), text.indexOf("the flood", 6), text.lastIndexOf("the flood")};
        assertEquals(5, starts[0]);
        assertEquals(26, starts[1]);
        assertEquals(46, starts[2]);
        OptionalInt hintStart = hint < 0 ? OptionalInt.empty() : OptionalInt.of(hint);
        assertEquals(starts[expectedOccurrence],
                QuoteAnchoring.anchor(text, "the flood came", hintStart).orElseThrow().start());
    }

    @Test
    void mapsOffsetsBackToTheOriginalTextAcrossSurrogatePairsAndEllipses() {
        String text = "Signs \uD83D\uDE80 and… then “the launch” went ahead.";
        QuoteAnchor anchor = QuoteAnchoring.anchor(text, "and... then \"the launch\"").orElseThrow();
        assertEquals("and… then “the launch”", anchor.exact());
        assertEquals(text.indexOf("and…"), anchor.start());
        assertEquals("Signs \uD83D\uDE80 ", anchor.prefix());
        assertEquals(" went ahead.", anchor.suffix());
    }

    @Test
    void keepsAboutThirtyTwoCharactersOfContextOnEachSide() {
        String text = "x".repeat(100) + "the passage" + "y".repeat(100);
        QuoteAnchor anchor = QuoteAnchoring.anchor(text, "the passage").orElseThrow();
        assertEquals("x".repeat(QuoteAnchor.CONTEXT_LENGTH), anchor.prefix());
        assertEquals("y".repeat(QuoteAnchor.CONTEXT_LENGTH), anchor.suffix());
    }

    private static final String ORIGINAL =
            "The dam was built in 1950. The river rose that spring. Farmers moved uphill. The river rose that spring, "
                    + "again, in 1952. Nobody stayed.";

    @Test
    void reanchoringAnUnchangedTextReturnsTheSameAnchor() {
        QuoteAnchor anchor = QuoteAnchoring.anchor(ORIGINAL, "Farmers moved uphill").orElseThrow();
        assertSame(anchor, QuoteAnchoring.reanchor(anchor, ORIGINAL).orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The dam was built in 1950. | The great dam was finally built in 1950. | edit before the passage shifts it
            Nobody stayed. | Nobody stayed, they say. | edit after the passage
            The dam was built in 1950. The river | The river | edit inside the prefix
            """)
    void reanchoringFindsTheSecondOccurrenceAgainAfterAnEdit(String before, String after, String why) {
        int second = ORIGINAL.lastIndexOf("The river rose that spring");
        QuoteAnchor anchor = QuoteAnchoring.anchor(ORIGINAL, "The river rose that spring", OptionalInt.of(second)).orElseThrow();
        assertEquals(second, anchor.start());
        String edited = ORIGINAL.replace(before, after);
        QuoteAnchor again = QuoteAnchoring.reanchor(anchor, edited).orElseThrow();
        assertEquals(edited.lastIndexOf("The river rose that spring"), again.start(), why);
        assertEquals("The river rose that spring", again.exact());
        assertEquals(edited.substring(again.start() - again.prefix().length(), again.start()), again.prefix());
    }

    @Test
    void reanchoringPrefersMatchingContextOverNearness() {
        String text = "Alpha said: the bridge fell. Beta said: the bridge fell. Gamma said: the bridge fell.";
        QuoteAnchor gamma = QuoteAnchoring.anchor(text, "the bridge fell", OptionalInt.of(text.length())).orElseThrow();
        // the Gamma sentence moves to the front; the old position now holds the Beta sentence's words
        String edited = "Gamma said: the bridge fell. Alpha said: the bridge fell. Beta said: the bridge fell.";
        QuoteAnchor again = QuoteAnchoring.reanchor(gamma, edited).orElseThrow();
        assertEquals(edited.indexOf("the bridge fell"), again.start());
        assertTrue(again.prefix().endsWith("Gamma said: "));
    }

    @Test
    void reanchoringAnEditInsideThePassageFindsNothing() {
        QuoteAnchor anchor = QuoteAnchoring.anchor(ORIGINAL, "Farmers moved uphill").orElseThrow();
        String edited = ORIGINAL.replace("Farmers moved uphill", "Farmers moved to the hills");
        assertEquals(Optional.empty(), QuoteAnchoring.reanchor(anchor, edited));
    }

    @Test
    void reanchoringToleratesTypographicEditsOfThePassage() {
        QuoteAnchor anchor = QuoteAnchoring.anchor(ORIGINAL, "that spring, again").orElseThrow();
        String edited = ORIGINAL.replace("that spring, again", "that spring,\n  again");
        QuoteAnchor again = QuoteAnchoring.reanchor(anchor, edited).orElseThrow();
        assertEquals("that spring,\n  again", again.exact());
    }

    @Test
    void anchoringIsLinearEnoughForAMegabyteText() {
        // not a benchmark: guards against a quadratic normalisation slipping in (that would take minutes)
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append("Paragraph ").append(text.length()).append(": “The river” rose — again…  and again.\n");
        }
        String quote = "x".repeat(150) + " closing words of the book " + "y".repeat(123);
        text.append(quote.replace(" ", "\u00A0 "));
        QuoteAnchor anchor = QuoteAnchoring.anchor(text.toString(), quote).orElseThrow();
        assertEquals(text.length(), anchor.end());
    }

    /** {@code \n}, {@code \u00A0} and {@code \u00AD} are written as escapes in the tables. */
    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\u00A0", "\u00A0").replace("\\u00AD", "\u00AD");
    }
}

package org.ariadne.footnotes.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ariadne.fuzz.Bounded;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile archived texts and notes: the extractor and the resolver promise never to throw (what they cannot read
 * becomes "no notes" or a problem of the note), so here any exception at all is a bug, and so is a hang. Markers
 * must lie inside the text, and every extracted note must come back resolved, in order.
 * <p>
 * Under {@code mvn test} each method replays its committed corpus ({@code FootnoteFuzzTestInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it, coverage-guided ({@code src/bench/fuzz.sh}).
 */
class FootnoteFuzzTest {

    private static final FootnoteExtractor EXTRACTOR = new FootnoteExtractor();
    private static final FootnoteResolver RESOLVER = new FootnoteResolver();
    private static final NoteParser PARSER = new NoteParser();

    @FuzzTest(maxDuration = "60s")
    void plainTextFootnotesNeverBreak(byte[] input) {
        extractsAndResolves(TextFormat.PLAIN, input);
    }

    @FuzzTest(maxDuration = "60s")
    void markdownFootnotesNeverBreak(byte[] input) {
        extractsAndResolves(TextFormat.MARKDOWN, input);
    }

    @FuzzTest(maxDuration = "60s")
    void htmlFootnotesNeverBreak(byte[] input) {
        extractsAndResolves(TextFormat.HTML, input);
    }

    @FuzzTest(maxDuration = "60s")
    void noteTextIsParsedOrReportedAsAProblem(byte[] input) {
        String note = new String(input, StandardCharsets.UTF_8);
        Bounded.run(() -> {
            ParsedNote parsed = PARSER.parse(note);
            assertNotNull(parsed);
            RESOLVER.resolve(List.of(new ExtractedNote(1, note, -1, -1), new ExtractedNote(2, "Ibid.", -1, -1),
                    new ExtractedNote(3, note, -1, -1)));
        });
    }

    private static void extractsAndResolves(TextFormat format, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Bounded.run(() -> {
            List<ExtractedNote> notes = EXTRACTOR.extract(text, format);
            assertNotNull(notes);
            for (ExtractedNote note : notes) {
                if (note.hasMarker()) {
                    assertTrue(note.markerStart() < note.markerEnd() && note.markerEnd() <= text.length(),
                            () -> "marker " + note.markerStart() + ".." + note.markerEnd() + " outside a text of "
                                    + text.length() + " chars");
                }
            }
            FootnoteAnalysis analysis = RESOLVER.resolve(notes);
            assertEquals(notes.size(), analysis.notes().size(), "every note comes back resolved");
        });
    }
}

package org.ariadne.demo;

import org.ariadne.footnotes.domain.FootnoteAnalysis;
import org.ariadne.footnotes.domain.FootnoteExtractor;
import org.ariadne.footnotes.domain.FootnoteResolver;
import org.ariadne.footnotes.domain.TextFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo's own sample texts read the way the demo expects: their notes and the works they cite. */
class DemoTextsTest {

    private static FootnoteAnalysis analyse(String file) throws IOException {
        String text = Files.readString(Path.of("src/main/resources/demo", file));
        return new FootnoteResolver().resolve(new FootnoteExtractor().extract(text, TextFormat.PLAIN));
    }

    private static List<String> titles(FootnoteAnalysis analysis) {
        return analysis.notes().stream()
                .map(note -> note.citations().isEmpty() ? "-"
                        : String.valueOf(analysis.works().get(note.citations().get(0).workIndex()).csl().get("title")))
                .toList();
    }

    @Test
    void theReadingNoteCitesTheThreeWorksOfArticle002() throws IOException {
        FootnoteAnalysis analysis = analyse("returned-defectors.txt");
        assertEquals(List.of("The North Korean Refugees as a Human Rights Issue",
                "Persecuting the Starving: the Plight of North Koreans Fleeing to China",
                "Northeast Asia’s Pandora’s Box: North Korean Escapees",
                "The North Korean Refugees as a Human Rights Issue"), titles(analysis));
    }

    @Test
    void theEssayCitesTheReadingNote() throws IOException {
        FootnoteAnalysis analysis = analyse("why-returns-persist.txt");
        assertEquals(List.of("The North Korean Refugees as a Human Rights Issue",
                "What happens to defectors sent back from China",
                "Northeast Asia’s Pandora’s Box: North Korean Escapees"), titles(analysis));
    }

    @Test
    void theSofterLineCitesANewsArticle() throws IOException {
        FootnoteAnalysis analysis = analyse("softer-line.txt");
        assertEquals(List.of("Is China stopping forced repatriation of defectors in pushback against NK-Russia alliance?"),
                titles(analysis));
    }
}

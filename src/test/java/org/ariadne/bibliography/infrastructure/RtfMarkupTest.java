package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.OutputFormat;
import org.junit.jupiter.api.Test;

/** RTF entries and notes, made from the engine's HTML. */
class RtfMarkupTest {

    @Test
    void turnsTheEnginesFormattingIntoRtfGroups() {
        assertEquals("{\\i Spaced} {\\b0 x}\\line y", RtfMarkup.fromHtml(
                "<span style=\"font-style: italic\">Spaced</span> <span style=\"font-weight: normal\">x</span><br/>y"));
        assertEquals("{{\\i Title} and {\\i {\\i0 Inner}} {\\scaps Caps} x{\\super 2} {\\b bold}}",
                RtfMarkup.fromHtml("<div class=\"csl-entry\"><i>Title</i> and <i><span style=\"font-style:normal;\">"
                        + "Inner</span></i> <span style=\"font-variant:small-caps;\">Caps</span> x<sup>2</sup>"
                        + " <b>bold</b></div>"));
    }

    @Test
    void unescapesHtmlAndEscapesRtfWithEveryCharacterBeyondAsciiAsUnicode() {
        assertEquals("Smith & Jones <1> \\{x\\} \\\\ M\\u252?ller \\u8220?q\\u8221? \\u-10179?\\u-8704?",
                RtfMarkup.fromHtml("Smith &amp; Jones &lt;1&gt; {x} \\ Müller &#8220;q&#x201D; \uD83D\uDE00"));
    }

    @Test
    void keepsAnUnknownEntityAndABareAmpersandAsText() {
        assertEquals("AT&T &bogus; & more", RtfMarkup.fromHtml("AT&T &bogus; & more"));
    }

    @Test
    void anApaBibliographyInRtfHasTheEntriesTextAndItalics() {
        CitationRenderer renderer = new CitationRenderer(new StyleCatalog());
        Map<String, Object> book = TestItems.book("r1", "Müller", "Ann", 2001, "Border Crossings");
        List<String> rtf = renderer.bibliography("apa", "en-US", OutputFormat.RTF, List.of(book));
        assertEquals(1, rtf.size());
        assertEquals("{M\\u252?ller, A. (2001). {\\i Border Crossings}. Acme.}", rtf.get(0));
        List<String> notes = renderer.notes("chicago-notes-bibliography-subsequent-ibid", "en-US", OutputFormat.RTF,
                List.of(List.of(new CiteRef("r1", null, null, null, null, false)),
                        List.of(new CiteRef("r1", "17", "page", null, null, false))),
                Map.of("r1", book));
        assertTrue(notes.get(0).contains("{\\i Border Crossings}"), notes.get(0));
        assertTrue(notes.get(1).startsWith("Ibid"), notes.get(1));
    }
}

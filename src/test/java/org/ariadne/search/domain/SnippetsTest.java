package org.ariadne.search.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {

    private static String shown(String marked) {
        return marked.replace(SearchHit.MARK_START, '[').replace(SearchHit.MARK_END, ']');
    }

    @ParameterizedTest
    @CsvSource({
            "muller, Jörg Müller wrote it, Jörg [Müller] wrote it",
            "repatriation, Forced repatriations resumed, Forced [repatriations] resumed",
            "DEFECTORS, the defector said, the [defector] said",
            "cross*, crossings and crossers, [crossings] and [crossers]",
            "China's, China said, [China] said",
            "china, China's border and Chïna's, [China's] border and [Chïna's]"
    })
    void marksWordsAsTheAnalysisComparesThem(String query, String text, String expected) {
        assertEquals(expected, shown(Snippets.highlight(text, Snippets.terms(query), 200)));
    }

    @Test
    void readsHostileQueriesAsPlainWords() {
        // the simple query syntax has no fields and no AND/OR words: "title" and "and" are words searched for
        assertEquals(Set.of("title", "border", "and", "1", "to"), Snippets.terms("title:\"border AND( [1 TO"));
        assertTrue(Snippets.terms("\" * ( ) : ~ ^ \\").isEmpty());
    }

    @Test
    void cutsAPassageAroundTheFirstMatchAndStartsAtAWord() {
        String text = "word ".repeat(100) + "the guards spoke of arrests " + "more ".repeat(100);
        String snippet = Snippets.highlight(text, Snippets.terms("arrests"), 80);
        assertTrue(shown(snippet).contains("[arrests]"), snippet);
        assertTrue(snippet.startsWith("the guards"), snippet);
        assertTrue(snippet.length() < 120, snippet);
    }

    @Test
    void marksEveryMatchInsideThePassageAndNoneAfterIt() {
        String text = "filler ".repeat(30) + "camp and camps by the camp " + "filler ".repeat(60) + "camp at the end";
        String snippet = shown(Snippets.highlight(text, Snippets.terms("camp"), 100));
        assertEquals(3, snippet.split("\\[camp", -1).length - 1, snippet);
        assertFalse(snippet.contains("at the end"), snippet);
    }

    @Test
    void showsTheBeginningWhenNothingMatches() {
        assertEquals("A short text", Snippets.highlight("A short text", Snippets.terms("absent"), 200));
        assertFalse(Snippets.mentions("A short text", Snippets.terms("absent")));
    }
}

package org.ariadne.search.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedPhrasesTest {

    @Test
    void setsTheQuotedPhrasesApartFromTheWords() {
        assertEquals(new QuotedPhrases("camps 2004*", "\"forced repatriations\" \"north korea\"", "", ""),
                QuotedPhrases.of("camps \"forced repatriations\"  2004*\t\"north korea\""));
        assertEquals(new QuotedPhrases("", "\"forced repatriations\"", "", ""),
                QuotedPhrases.of("\"forced repatriations\""));
    }

    @Test
    void keepsASlopWithItsPhrase() {
        assertEquals(new QuotedPhrases("camps", "\"forced camps\"~3", "", ""),
                QuotedPhrases.of("\"forced camps\"~3 camps"));
    }

    @Test
    void setsApartWhatIsExcluded() {
        assertEquals(new QuotedPhrases("", "\"forced repatriations\"", "camps china*", "\"north korea\""),
                QuotedPhrases.of("-camps \"forced repatriations\" -\"north korea\" -china*"));
        assertEquals(new QuotedPhrases("camps", "", "", "\"forced repatriations\""),
                QuotedPhrases.of("-\"forced repatriations\" camps"));
    }

    @Test
    void leavesAQueryWithoutQuotesWhole() {
        assertEquals(new QuotedPhrases("camps  -repatriation", "", "", ""), QuotedPhrases.of("camps  -repatriation"));
    }

    @Test
    void leavesWholeWhatSplittingWouldChange() {
        for (String query : new String[]{
                "\"forced repatriations\" | camps",     // either: the phrase alone must not be required
                "(\"forced repatriations\" camps)",      // grouped
                "-\"forced repatriations\" -camps",      // nothing wanted, only exclusions
                "\"forced repatriations\" - camps",      // a lone minus
                "\"forced repatriations\" --camps",
                "\"forced repatriations camps",          // no closing quote
                "\"forced\"repatriations camps",         // a phrase glued to a word
                "camps\"forced repatriations\"",
                "\"\" camps",                            // an empty phrase
                "\"forced \\\" repatriations\" camps",   // an escaped quote
                "\"forced repatriations\"~x camps"}) {   // a slop that is not a number
            assertEquals(new QuotedPhrases(query, "", "", ""), QuotedPhrases.of(query), query);
        }
    }
}

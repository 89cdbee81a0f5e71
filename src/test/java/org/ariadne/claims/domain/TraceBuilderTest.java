package org.ariadne.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TraceBuilderTest {

    // A three-level chain: the Annals quote the Letters, the Letters quote the Minutes, the Minutes cite a
    // register that was never archived.
    private static final String ANNALS = String.join("\n",
            "Annals of the Harbour",
            "",
            "In the winter of 1947 the harbour froze and the fleet stayed in port for six weeks.{1} Prices doubled.",
            "The council met twice and did nothing.{2}");
    private static final String LETTERS = String.join("\n",
            "Dear brother, the ice holds. Our ships have “stayed in port”{4} since January and the herring rots.",
            "Nobody in the council will listen.");
    private static final String MINUTES = String.join("\n",
            "Minutes of the harbour council, February 1947.",
            "Item 3. The harbour master reported the port closed by ice{2} and asked for coal.");

    private Catalogue chain() {
        Catalogue catalogue = new Catalogue();
        catalogue.source("annals", "Annals of the Harbour", ANNALS)
                .note(1, "Letters, 12.", cite("letters", "12", "our ships have \"stayed in port\" since January"))
                .note(2, "Minutes, 3.", cite("minutes", "3", null));
        catalogue.source("letters", "Letters of a Merchant", LETTERS)
                .note(4, "Minutes of Feb. 1947, item 3.", cite("minutes", "item 3", "reported the port closed by ice"));
        catalogue.source("minutes", "Harbour Council Minutes", MINUTES)
                .note(2, "Port register, 1947.", cite("register", "f. 9", null));
        catalogue.sourceWithoutText("register", "Port Register 1947");
        return catalogue;
    }

    private static ClaimView claimCiting(String sourceId, String quote) {
        return new ClaimView("c1", "The fleet was kept in port by ice in 1947.",
                List.of(new CitationView(sourceId, "1", "page", quote, Stance.SUPPORTS, null, null)));
    }

    @Test
    void followsAThreeLevelChainToAWorkWithoutArchivedTextAsItsPrimarySource() {
        Catalogue catalogue = chain();
        Trace trace = new TraceBuilder(catalogue).trace(claimCiting("annals", "the harbour froze and the fleet stayed in port"));

        assertEquals(new ClaimRef("c1", "The fleet was kept in port by ice in 1947."), trace.claim());
        TraceCitation citation = trace.citations().get(0);
        assertEquals(new SourceRef("annals", "Annals of the Harbour"), citation.source());
        assertTrue(citation.quoteFound());
        assertEquals(Stance.SUPPORTS, citation.stance());
        TraceFootnote note1 = only(citation.footnotes());
        assertEquals(1, note1.number());
        TraceCite letters = only(note1.cites());
        assertEquals(new SourceRef("letters", "Letters of a Merchant"), letters.source());
        assertEquals(Boolean.TRUE, letters.quoteFound());
        TraceCite minutes = only(only(letters.footnotes()).cites());
        assertEquals("minutes", minutes.source().id());
        assertEquals(Boolean.TRUE, minutes.quoteFound());
        TraceFootnote minutesNote = only(minutes.footnotes());
        assertEquals(2, minutesNote.number());
        TraceCite register = only(minutesNote.cites());
        assertEquals(new SourceRef("register", "Port Register 1947"), register.source());
        assertNull(register.quoteFound(), "a cite without a quote has nothing to find");
        assertEquals(List.of(), register.footnotes());

        assertEquals(List.of("register"), trace.primarySources());
        assertEquals(List.of(), trace.problems());
    }

    @Test
    void aQuoteOnAWorkWithoutArchivedTextIsReportedAndTheWorkIsStillAPrimarySource() {
        Catalogue catalogue = chain();
        catalogue.source("minutes", "Harbour Council Minutes", MINUTES)
                .note(2, "Port register, 1947, f. 9.", cite("register", "f. 9", "closed by ice"));
        Trace trace = new TraceBuilder(catalogue).trace(claimCiting("annals", "the fleet stayed in port for six weeks"));
        assertEquals(List.of("register"), trace.primarySources());
        assertEquals(List.of("Note 2 of “Harbour Council Minutes” quotes “Port Register 1947”, which has no archived"
                + " text, so the quote “closed by ice” could not be checked."), trace.problems());
    }

    @Test
    void aPassageWithoutFootnotesIsItselfAPrimarySourceEnd() {
        Trace trace = new TraceBuilder(chain()).trace(claimCiting("annals", "Prices doubled"));
        assertEquals(List.of(), trace.citations().get(0).footnotes());
        assertEquals(List.of("annals"), trace.primarySources());
    }

    @Test
    void primarySourcesAreDistinctInFirstSeenOrder() {
        Catalogue catalogue = chain();
        ClaimView claim = new ClaimView("c2", "Ice and inaction.", List.of(
                new CitationView("letters", null, null, "Nobody in the council will listen", Stance.MENTIONS, null, null),
                new CitationView("annals", null, null, "The council met twice", Stance.SUPPORTS, null, null),
                new CitationView("annals", null, null, "the fleet stayed in port", Stance.SUPPORTS, null, null)));
        Trace trace = new TraceBuilder(catalogue).trace(claim);
        assertEquals(List.of("letters", "minutes", "register"), trace.primarySources());
    }

    @Test
    void aCycleIsStoppedAndReported() {
        Catalogue catalogue = new Catalogue();
        catalogue.source("a", "Chronicle A", "The bridge fell in the spring flood.{1} Then it was rebuilt.")
                .note(1, "B, 4.", cite("b", "4", "the bridge fell"));
        catalogue.source("b", "Chronicle B", "As everyone knows, the bridge fell{7} that year.")
                .note(7, "A, 1.", cite("a", "1", "The bridge fell in the spring flood."));
        Trace trace = new TraceBuilder(catalogue).trace(claimCiting("a", "The bridge fell in the spring flood"));

        TraceCite b = only(only(trace.citations().get(0).footnotes()).cites());
        TraceCite backToA = only(only(b.footnotes()).cites());
        assertEquals("a", backToA.source().id());
        assertEquals(List.of(), backToA.footnotes());
        assertEquals(List.of(), trace.primarySources(), "a chain that loops has no primary source");
        assertEquals(List.of("Cycle: note 7 of “Chronicle B” leads back to a passage of “Chronicle A” already on this"
                + " trace; the branch stops there."), trace.problems());
    }

    @Test
    void aChangedDigestIsReportedAndTheQuoteReanchored() {
        Catalogue catalogue = chain();
        String quote = "the fleet stayed in port for six weeks";
        String plain = catalogue.text("annals");
        QuoteAnchor checked = QuoteAnchoring.anchor(plain, quote).orElseThrow();
        // the archived text is replaced by a corrected edition: a line is added at the top
        catalogue.source("annals", "Annals of the Harbour", "Second edition.\n" + ANNALS)
                .note(1, "Letters, 12.", cite("letters", "12", "stayed in port"));
        ClaimView claim = new ClaimView("c3", "Six weeks in port.",
                List.of(new CitationView("annals", "1", "page", quote, Stance.SUPPORTS, checked, "0ld")));

        Trace trace = new TraceBuilder(catalogue).trace(claim);
        TraceCitation citation = trace.citations().get(0);
        assertTrue(citation.quoteFound());
        assertEquals(1, only(citation.footnotes()).number(), "footnotes come from the re-anchored passage");
        assertEquals("The archived text of “Annals of the Harbour” changed since the quote “" + quote
                + "” was checked; the quote is still there.", trace.problems().get(0));
    }

    @Test
    void aChangedDigestWhoseQuoteIsGoneSaysSo() {
        Catalogue catalogue = chain();
        String quote = "Prices doubled";
        QuoteAnchor checked = QuoteAnchoring.anchor(catalogue.text("annals"), quote).orElseThrow();
        catalogue.source("annals", "Annals of the Harbour", ANNALS.replace("Prices doubled", "Prices rose"));
        ClaimView claim = new ClaimView("c4", "Prices doubled.",
                List.of(new CitationView("annals", "1", "page", quote, Stance.SUPPORTS, checked, "0ld")));

        Trace trace = new TraceBuilder(catalogue).trace(claim);
        assertFalse(trace.citations().get(0).quoteFound());
        assertEquals(List.of("The archived text of “Annals of the Harbour” changed since the quote “Prices doubled”"
                + " was checked; the quote is no longer found."), trace.problems());
    }

    @Test
    void anUnchangedDigestTrustsTheCheckedAnchorWithoutSearching() {
        Catalogue catalogue = chain();
        String quote = "the fleet stayed in port";
        QuoteAnchor checked = QuoteAnchoring.anchor(catalogue.text("annals"), quote).orElseThrow();
        ClaimView claim = new ClaimView("c5", "In port.",
                List.of(new CitationView("annals", "1", "page", quote, Stance.SUPPORTS, checked, "sha-annals")));
        Trace trace = new TraceBuilder(catalogue).trace(claim);
        assertEquals(List.of(), trace.problems());
        assertEquals(1, only(trace.citations().get(0).footnotes()).number());
    }

    @Test
    void aFootnoteWithNoParsedCitationIsReported() {
        Catalogue catalogue = new Catalogue();
        catalogue.source("a", "Chronicle A", "The mill burned down in 1903.{5}").note(5, "Local tradition.");
        Trace trace = new TraceBuilder(catalogue).trace(claimCiting("a", "The mill burned down"));
        TraceFootnote note = only(trace.citations().get(0).footnotes());
        assertEquals("Local tradition.", note.text());
        assertEquals(List.of(), note.cites());
        assertEquals(List.of("Note 5 of “Chronicle A” has no parsed citation."), trace.problems());
    }

    @Test
    void aQuoteNotFoundIsReportedForCitationsAndCites() {
        Catalogue catalogue = chain();
        catalogue.source("letters", "Letters of a Merchant", LETTERS)
                .note(4, "Minutes, item 3.", cite("minutes", "item 3", "the port was never closed"));
        ClaimView claim = new ClaimView("c6", "Ice.", List.of(
                new CitationView("annals", null, null, "the harbour melted", Stance.DISPUTES, null, null),
                new CitationView("letters", null, null, "Our ships have \"stayed in port\"", Stance.SUPPORTS, null, null)));
        Trace trace = new TraceBuilder(catalogue).trace(claim);
        assertFalse(trace.citations().get(0).quoteFound());
        assertEquals(Boolean.FALSE, only(only(trace.citations().get(1).footnotes()).cites()).quoteFound());
        assertEquals(List.of("The quote “the harbour melted” is not found in “Annals of the Harbour”.",
                "Note 4 of “Letters of a Merchant”: the quote “the port was never closed” is not found in"
                        + " “Harbour Council Minutes”."), trace.problems());
    }

    @Test
    void aCitedWorkWithoutArchivedTextCannotHaveItsQuoteChecked() {
        Trace trace = new TraceBuilder(chain()).trace(claimCiting("register", "ships entered"));
        assertFalse(trace.citations().get(0).quoteFound());
        assertEquals(List.of("register"), trace.primarySources());
        assertEquals(List.of("“Port Register 1947” has no archived text, so the quote “ships entered” could not be"
                + " checked."), trace.problems());
    }

    @Test
    void readsEachSourceOnceAndOnlyTheSourcesTheChainsReach() {
        Catalogue catalogue = chain();
        catalogue.source("unrelated", "Unrelated", "Nothing here.");
        ClaimView claim = new ClaimView("c7", "Twice.", List.of(
                new CitationView("annals", null, null, "the fleet stayed in port", Stance.SUPPORTS, null, null),
                new CitationView("annals", null, null, "the fleet stayed in port", Stance.SUPPORTS, null, null),
                new CitationView("letters", null, null, "stayed in port", Stance.SUPPORTS, null, null)));
        Trace trace = new TraceBuilder(catalogue).trace(claim);
        assertEquals(trace.citations().get(0), trace.citations().get(1));
        assertEquals(Map.of("annals", 1, "letters", 1, "minutes", 1, "register", 1), catalogue.sourceReads);
        assertTrue(catalogue.footnoteReads.values().stream().allMatch(n -> n == 1));
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one of " + items);
        return items.get(0);
    }

    private static FootnoteCitationView cite(String sourceId, String locator, String quote) {
        return new FootnoteCitationView(sourceId, locator, "page", quote);
    }

    /** An in-memory catalogue; texts mark footnote markers as {@code {n}}, archived as the bare digits. */
    private static final class Catalogue implements TraceSources {
        private final Map<String, SourceView> sources = new HashMap<>();
        private final Map<String, List<FootnoteView>> footnotes = new HashMap<>();
        private final Map<String, Map<Integer, int[]>> markers = new HashMap<>();
        final Map<String, Integer> sourceReads = new HashMap<>();
        final Map<String, Integer> footnoteReads = new HashMap<>();

        Notes source(String id, String title, String marked) {
            StringBuilder text = new StringBuilder();
            Map<Integer, int[]> found = new HashMap<>();
            Matcher m = Pattern.compile("\\{(\\d+)}").matcher(marked);
            int last = 0;
            while (m.find()) {
                text.append(marked, last, m.start());
                found.put(Integer.valueOf(m.group(1)), new int[] {text.length(), text.length() + m.group(1).length()});
                text.append(m.group(1));
                last = m.end();
            }
            text.append(marked.substring(last));
            sources.put(id, new SourceView(id, title, Optional.of(new ArchivedText(text.toString(), "sha-" + id))));
            markers.put(id, found);
            footnotes.put(id, new ArrayList<>());
            return new Notes(id);
        }

        void sourceWithoutText(String id, String title) {
            sources.put(id, new SourceView(id, title, Optional.empty()));
        }

        String text(String id) {
            return sources.get(id).text().orElseThrow().content();
        }

        @Override
        public Optional<SourceView> source(String sourceId) {
            sourceReads.merge(sourceId, 1, Integer::sum);
            return Optional.ofNullable(sources.get(sourceId));
        }

        @Override
        public List<FootnoteView> footnotes(String sourceId) {
            footnoteReads.merge(sourceId, 1, Integer::sum);
            return footnotes.getOrDefault(sourceId, List.of());
        }

        final class Notes {
            private final String id;

            Notes(String id) {
                this.id = id;
            }

            Notes note(int number, String text, FootnoteCitationView... citations) {
                int[] marker = markers.get(id).get(number);
                footnotes.get(id).add(new FootnoteView(number, text, marker[0], marker[1], List.of(citations)));
                return this;
            }
        }
    }
}

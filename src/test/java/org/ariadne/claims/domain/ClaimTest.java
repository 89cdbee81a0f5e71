package org.ariadne.claims.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT = "They call those who flee traitors and criminals.3 More follows.";

    @Test
    void aNewClaimCitesNothingAndIsUnsupported() {
        Claim claim = Claim.state("  The border is long.  ", "writer", T0);
        assertEquals("The border is long.", claim.text());
        assertEquals(ClaimStatus.UNSUPPORTED, claim.status());
        assertTrue(claim.citations().isEmpty());
    }

    @Test
    void refusesAClaimWithoutText() {
        assertThrows(IllegalArgumentException.class, () -> Claim.state(" ", "writer", T0));
    }

    @Test
    void supportingAndDisputingCitationsMakeItContestedUntilAReviewerRules() {
        Claim claim = Claim.state("A claim.", "writer", T0);
        claim.cite(1, "5", "page", null, Stance.SUPPORTS, null, null, T0);
        assertEquals(ClaimStatus.SUPPORTED, claim.status());
        claim.cite(2, null, null, null, Stance.DISPUTES, null, null, T0.plusSeconds(1));
        assertEquals(ClaimStatus.CONTESTED, claim.status());

        claim.record(new Verdict(VerdictKind.VERIFIED, "ok", "reviewer", T0.plusSeconds(2)));
        assertEquals(ClaimStatus.VERIFIED, claim.status());
        claim.record(new Verdict(VerdictKind.NEEDS_SOURCE, null, "reviewer", T0.plusSeconds(3)));
        assertEquals(ClaimStatus.NEEDS_SOURCE, claim.status(), "the latest verdict decides");
        assertEquals(T0.plusSeconds(3), claim.updatedAt());
    }

    @Test
    void aCitationRemembersWhereItsQuoteWasFound() {
        Claim claim = Claim.state("A claim.", "writer", T0);
        QuoteAnchor anchor = QuoteAnchoring.anchor(TEXT, "traitors and criminals").orElseThrow();
        ClaimCitation found = claim.cite(7, " 5 ", "page", "traitors and criminals", Stance.SUPPORTS, anchor, "abc", T0);
        ClaimCitation missing = claim.cite(7, null, null, "not there", Stance.MENTIONS, null, "abc", T0);

        assertTrue(found.quoteFound());
        assertEquals("5", found.locator());
        assertEquals(anchor, found.anchorIn(TEXT));
        assertFalse(missing.quoteFound());
        assertNull(missing.anchorIn(TEXT));
    }

    @Test
    void aTraceSeesTheCheckedAnchorOnlyWhileTheTextIsUnchanged() {
        Claim claim = Claim.state("A claim.", "writer", T0);
        QuoteAnchor anchor = QuoteAnchoring.anchor(TEXT, "traitors and criminals").orElseThrow();
        claim.cite(7, null, null, "traitors and criminals", Stance.SUPPORTS, anchor, "abc", T0);

        CitationView same = claim.view(id -> new ArchivedText(TEXT, "ABC")).citations().get(0);
        assertEquals(anchor, same.checkedAnchor());
        assertEquals("7", same.sourceId());

        CitationView changed = claim.view(id -> new ArchivedText("New text. " + TEXT, "def")).citations().get(0);
        assertNull(changed.checkedAnchor());
        assertEquals("abc", changed.checkedSha256(), "the trace must see that the text changed");

        CitationView noText = claim.view(id -> null).citations().get(0);
        assertNull(noText.checkedAnchor());
    }

    @Test
    void aTraceOfAClaimFollowsItsQuoteIntoTheFootnote() {
        Claim claim = Claim.state("A claim.", "writer", T0);
        QuoteAnchor anchor = QuoteAnchoring.anchor(TEXT, "traitors and criminals").orElseThrow();
        claim.cite(7, null, null, "traitors and criminals", Stance.SUPPORTS, anchor, "abc", T0);
        int marker = TEXT.indexOf(".3") + 1;
        TraceSources sources = new TraceSources() {
            @Override
            public java.util.Optional<SourceView> source(String id) {
                return java.util.Optional.of(id.equals("7")
                        ? new SourceView("7", "Article", java.util.Optional.of(new ArchivedText(TEXT, "abc")))
                        : new SourceView(id, "Report", java.util.Optional.empty()));
            }

            @Override
            public List<FootnoteView> footnotes(String id) {
                return id.equals("7") ? List.of(new FootnoteView(3, "Report, p. 5.", marker, marker + 1,
                        List.of(new FootnoteCitationView("9", "5", "page", null)))) : List.of();
            }
        };
        Trace trace = new TraceBuilder(sources).trace(claim.view(id -> sources.source(String.valueOf(id))
                .flatMap(SourceView::text).orElse(null)));
        assertEquals(3, trace.citations().get(0).footnotes().get(0).number());
        assertEquals(List.of("9"), trace.primarySources());
        assertTrue(trace.problems().isEmpty(), trace.problems()::toString);
    }

    @Test
    void itsHistoryNamesCitedSourcesByIdUnlessToldHow() {
        Claim claim = Claim.state("A claim.", "writer", T0);
        claim.cite(12, "17", "page", "exact words", Stance.SUPPORTS, null, null, T0);
        assertEquals("source 12, supports, page 17, quote \u201cexact words\u201d", claim.fields().get("citation 1"));
        assertEquals("\u201cHunger\u201d (source 12), supports, page 17, quote \u201cexact words\u201d",
                claim.fields(id -> "\u201cHunger\u201d (source " + id + ")").get("citation 1"));
    }
}

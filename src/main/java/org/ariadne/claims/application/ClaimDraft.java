package org.ariadne.claims.application;

import java.util.List;

/** What a writer sends to state a claim: its text and the passages it cites. */
public record ClaimDraft(String text, List<CitationDraft> citations) {
    public ClaimDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** One cited passage; the stance is its wire name ({@code supports} when not given). */
    public record CitationDraft(Long source, String locator, String label, String quote, String stance) {
    }
}

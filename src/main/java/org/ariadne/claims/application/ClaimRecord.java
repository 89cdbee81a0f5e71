package org.ariadne.claims.application;

import org.ariadne.claims.domain.Claim;
import org.ariadne.claims.domain.ClaimCitation;
import org.ariadne.claims.domain.ClaimStatus;
import org.ariadne.claims.domain.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A claim as the API and the pages show it: no entity leaves the service. */
public record ClaimRecord(long id, long version, String text, String author, Instant createdAt, Instant updatedAt,
                          ClaimStatus status, List<CitationRecord> citations, List<VerdictRecord> verdicts) {

    public record CitationRecord(long source, String sourceTitle, String locator, String label, String quote,
                                 String stance, boolean quoteFound, Integer quoteStart, Integer quoteEnd) {
    }

    public record VerdictRecord(String verdict, String comment, String by, Instant at) {
    }

    static ClaimRecord of(Claim claim, Map<Long, String> titles) {
        List<CitationRecord> citations = claim.citations().stream().map(c -> citation(c, titles)).toList();
        List<VerdictRecord> verdicts = claim.verdicts().stream().map(ClaimRecord::verdict).toList();
        return new ClaimRecord(claim.id(), claim.version(), claim.text(), claim.author(), claim.createdAt(),
                claim.updatedAt(), claim.status(), citations, verdicts);
    }

    private static CitationRecord citation(ClaimCitation c, Map<Long, String> titles) {
        return new CitationRecord(c.sourceId(), titles.get(c.sourceId()), c.locator(), c.label(), c.quote(),
                c.stance().wireName(), c.quoteFound(), c.quoteStart(), c.quoteEnd());
    }

    private static VerdictRecord verdict(Verdict v) {
        return new VerdictRecord(v.kind().wireName(), v.comment(), v.by(), v.at());
    }
}

package org.ariadne.claims.domain;

import java.util.List;

/**
 * The answer of {@code GET /api/claims/{id}/trace}, field for field:
 * {@code {"claim", "citations", "primarySources", "problems"}}.
 */
public record Trace(ClaimRef claim, List<TraceCitation> citations, List<String> primarySources, List<String> problems) {
    public Trace {
        citations = List.copyOf(citations);
        primarySources = List.copyOf(primarySources);
        problems = List.copyOf(problems);
    }
}

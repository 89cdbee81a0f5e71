package org.ariadne.claims.domain;

import java.util.List;

/** A footnote on a traced passage: {@code {"number", "text", "cites"}}. */
public record TraceFootnote(int number, String text, List<TraceCite> cites) {
    public TraceFootnote {
        cites = List.copyOf(cites);
    }
}

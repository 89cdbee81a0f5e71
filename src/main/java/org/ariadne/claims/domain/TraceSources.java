package org.ariadne.claims.domain;

import java.util.List;
import java.util.Optional;

/**
 * The port through which {@link TraceBuilder} reads the catalogue; the integration implements it over the
 * repositories. A trace asks about each source at most once per call of
 * {@link TraceBuilder#trace(ClaimView)}, and only about the sources its chains reach.
 */
public interface TraceSources {

    /** The catalogued source with its title and its archived text, if it has one; empty if unknown. */
    Optional<SourceView> source(String sourceId);

    /** The footnotes of a source's archived text, with their markers and parsed citations (empty if none). */
    List<FootnoteView> footnotes(String sourceId);
}

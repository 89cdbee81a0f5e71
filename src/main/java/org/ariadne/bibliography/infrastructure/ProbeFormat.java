package org.ariadne.bibliography.infrastructure;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

/**
 * Plain text without citeproc-java's typographic pass, for probe values (sort keys, bare cites) that Ariadne
 * compares but never shows. That pass (straight quotes made curly, punctuation moved inside quotation marks, an affix
 * or delimiter dropped where the text before already ends with it, doubled punctuation merged) builds a set of
 * regular expressions for every entry and was a third to a half of the time of each probe run; citeproc-java's own
 * sort compares the rendered keys without it too. Affixes, delimiters and text case are still rendered.
 * <p>
 * Relies on citeproc-java's {@code csl.internal.format} package (3.5.2): {@code BaseFormat} calls
 * {@link #postProcess} once per entry before formatting it.
 */
final class ProbeFormat extends TextFormat {

    /** The name renderers pass where they would pass "text", to get this format. */
    static final String NAME = "ariadne-probe";

    @Override
    protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
        // deliberately nothing: see the class comment
    }
}

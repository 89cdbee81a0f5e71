package org.ariadne.bibliography.infrastructure;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.AsciiDocFormat;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

/**
 * The output formats Ariadne renders entries and notes in: citeproc-java's own, whose typographic pass runs as
 * {@link EntryTypography} where that gives the same result for less work (most entries: those without quotation
 * marks or apostrophes), and as the engine's own otherwise. Relies on citeproc-java's {@code csl.internal.format}
 * package (3.5.2), as {@link ProbeFormat} does.
 */
final class EntryFormats {

    private EntryFormats() {
    }

    /** The format of that name ("text", "html", "asciidoc", or {@value ProbeFormat#NAME}), or null for another. */
    static Format named(String name) {
        return switch (name) {
            case "text" -> new Text();
            case "html" -> new Html();
            case "asciidoc" -> new AsciiDoc();
            case ProbeFormat.NAME -> new ProbeFormat();
            default -> null;
        };
    }

    static final class Text extends TextFormat {
        @Override
        protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
            if (!EntryTypography.apply(buffer.getTokens(), ctx, convertLinks)) {
                super.postProcess(buffer, ctx);
            }
        }
    }

    static final class Html extends HtmlFormat {
        @Override
        protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
            if (!EntryTypography.apply(buffer.getTokens(), ctx, convertLinks)) {
                super.postProcess(buffer, ctx);
            }
        }
    }

    static final class AsciiDoc extends AsciiDocFormat {
        @Override
        protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
            if (!EntryTypography.apply(buffer.getTokens(), ctx, convertLinks)) {
                super.postProcess(buffer, ctx);
            }
        }
    }
}

package org.ariadne.footnotes.domain;

import java.util.List;

/**
 * Finds the footnotes of an archived text: each note's number, text and the position of its marker in the body.
 * Stateless and thread-safe; never throws on any input (a text it cannot read has no notes).
 */
public final class FootnoteExtractor {

    private final PlainTextFootnotes plain = new PlainTextFootnotes();
    private final MarkdownFootnotes markdown = new MarkdownFootnotes(plain);
    private final HtmlFootnotes html = new HtmlFootnotes();

    /**
     * The footnotes of {@code text}, in order of their numbers.
     *
     * @param text   the archived text (null is read as empty)
     * @param format its format (null is read as plain text)
     */
    public List<ExtractedNote> extract(String text, TextFormat format) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextFormat f = format == null ? TextFormat.PLAIN : format;
        try {
            return switch (f) {
                case PLAIN -> plain.extract(text);
                case MARKDOWN -> markdown.extract(text);
                case HTML -> html.extract(text);
            };
        } catch (RuntimeException | StackOverflowError unreadable) {
            // a text this extractor cannot read has no notes it can vouch for; never fail the archiving of a text
            return List.of();
        }
    }
}

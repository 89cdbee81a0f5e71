package org.ariadne.footnotes.application;

/** What a librarian states a footnote cites; {@code source} is the catalogued work's id. */
public record CitationDraft(Long source, String locator, String label, String quote) {
}

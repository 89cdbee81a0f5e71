package org.ariadne.bibliography.application;

/**
 * One style as the catalogue lists it.
 *
 * @param id       the id to render with
 * @param title    the style's title
 * @param uploaded whether a librarian uploaded it (else it is bundled)
 */
public record StyleSummary(String id, String title, boolean uploaded) {
}

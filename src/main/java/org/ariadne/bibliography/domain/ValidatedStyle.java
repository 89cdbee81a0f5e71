package org.ariadne.bibliography.domain;

/**
 * What a check of an uploaded CSL style found in it.
 *
 * @param id              the {@code info/id}, empty when the style has none (the caller then assigns one)
 * @param title           the {@code info/title}, empty when the style has none
 * @param styleClass      "in-text" or "note"
 * @param hasCitation     whether it has a citation layout
 * @param hasBibliography whether it has a bibliography layout
 */
public record ValidatedStyle(String id, String title, String styleClass, boolean hasCitation,
        boolean hasBibliography) {
}

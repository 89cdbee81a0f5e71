package org.ariadne.catalog.domain;

/**
 * What the catalogue derives from a CSL-JSON item to sort, filter and match on. The item itself stays the truth.
 */
public record SourceFacts(String type, String title, String titleKey, String issuedSort, Integer issuedYear,
                          String containerTitle, String firstCreator, String creatorKey,
                          String doi, String isbn, String issn, String url) {
}

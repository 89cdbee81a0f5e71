package org.ariadne.catalog.domain;

/**
 * A page of the catalogue: an optional filter (words in the title, creator or container title), an optional item
 * type, a sort and the page wanted (counting from 0).
 */
public record SourceQuery(String text, String type, Sort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 5000;
    public static final int DEFAULT_SIZE = 20;

    public enum Sort { TITLE, CREATOR, ISSUED, TYPE, UPDATED, CREATED, ID }

    public SourceQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (sort == null) {
            sort = Sort.ID;
        }
    }

    public static SourceQuery firstPage() {
        return new SourceQuery(null, null, Sort.ID, false, 0, DEFAULT_SIZE);
    }

    public int offset() {
        return page * size;
    }
}

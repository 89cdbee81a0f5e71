package org.ariadne.collections.domain;

/**
 * A page of collections: optionally only those under a parent ({@code topLevel} for those under none), optionally
 * only those whose name contains some text, in an order ({@code name}, {@code created}, {@code updated}, {@code id}).
 */
public record CollectionQuery(Long parent, boolean topLevel, String text, String sort, boolean descending,
                              int page, int size) {

    public static final int MAX_SIZE = 1000;
}

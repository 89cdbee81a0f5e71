package org.ariadne.bibliography.domain;

/**
 * Where a cite stands relative to earlier cites of the same item (CSL 1.0.2, "Position").
 * {@link #IBID_WITH_LOCATOR} also counts as {@link #IBID}, and everything but {@link #FIRST} counts as subsequent.
 */
public enum CitePosition {
    FIRST,
    SUBSEQUENT,
    IBID,
    IBID_WITH_LOCATOR;

    /** Whether CSL's {@code position="..."} test with this name is true for a cite at this position. */
    public boolean satisfies(String cslPosition, boolean nearNote) {
        return switch (cslPosition) {
            case "first" -> this == FIRST;
            case "subsequent" -> this != FIRST;
            case "ibid" -> this == IBID || this == IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> this == IBID_WITH_LOCATOR;
            case "near-note" -> nearNote;
            default -> false;
        };
    }
}

package org.ariadne.bibliography.domain;

import java.util.Objects;

/**
 * One cited item inside a citation (a note): which item, where in it, and the writer's own words around it.
 *
 * @param itemId         id of the CSL-JSON item
 * @param locator        the pinpoint ("17-18"), empty for none
 * @param label          the CSL locator label ("page", "chapter", ...), empty for the default (page)
 * @param prefix         text before the cite ("See "), empty for none
 * @param suffix         text after the cite (", emphasis added"), empty for none
 * @param suppressAuthor whether the author is left out (the writer named them already)
 */
public record CiteRef(String itemId, String locator, String label, String prefix, String suffix, boolean suppressAuthor) {

    public CiteRef {
        Objects.requireNonNull(itemId, "itemId");
        if (itemId.isBlank()) {
            throw new IllegalArgumentException("a cite needs the id of the item it cites");
        }
        locator = locator == null ? "" : locator.strip();
        label = label == null ? "" : label.strip();
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** A plain cite of the whole item. */
    public static CiteRef of(String itemId) {
        return new CiteRef(itemId, "", "", "", "", false);
    }

    /** A cite of one place in the item, e.g. {@code at("doe2004", "17-18", "page")}. */
    public static CiteRef at(String itemId, String locator, String label) {
        return new CiteRef(itemId, locator, label, "", "", false);
    }

    public boolean hasLocator() {
        return !locator.isEmpty();
    }

    /** The label that applies to the locator: CSL's default is "page". */
    public String effectiveLabel() {
        return label.isEmpty() ? "page" : label;
    }
}

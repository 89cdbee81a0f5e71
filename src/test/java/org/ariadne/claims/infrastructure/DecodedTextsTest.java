package org.ariadne.claims.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecodedTextsTest {

    @Test
    void keepsTextsUpToItsBoundAndDropsTheLeastRecentlyUsedFirst() {
        CatalogueTraceSources.DecodedTexts cache = new CatalogueTraceSources.DecodedTexts(40);
        cache.put("a", "0123456789");
        cache.put("b", "0123456789");
        cache.put("c", "0123456789");
        cache.get("a");
        cache.put("d", "0123456789");
        cache.put("e", "0123456789");
        assertNull(cache.get("b"), "b was used least recently");
        assertEquals("0123456789", cache.get("a"));
        assertEquals("0123456789", cache.get("e"));
    }

    @Test
    void doesNotKeepATextLargerThanAQuarterOfItsBound() {
        CatalogueTraceSources.DecodedTexts cache = new CatalogueTraceSources.DecodedTexts(40);
        cache.put("big", "01234567890");
        assertNull(cache.get("big"));
    }
}

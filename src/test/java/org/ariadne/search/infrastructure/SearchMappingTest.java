package org.ariadne.search.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchMappingTest {

    @Test
    void anIndexPrefixIsWhatOpenSearchTakesAtTheStartOfAnIndexName() {
        assertEquals("", SearchMapping.indexPrefix(""));
        assertEquals("ariadne-", SearchMapping.indexPrefix("ariadne-"));
        assertEquals("lib_2.prod-", SearchMapping.indexPrefix(" lib_2.prod- "));
    }

    @Test
    void aPrefixOpenSearchWouldRefuseStopsTheStartWithTheReason() {
        for (String refused : new String[] {"Ariadne-", "-ariadne", "_x", "a b", "a/b", "a*", "é", "x".repeat(65)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SearchMapping.indexPrefix(refused), refused);
            assertTrue(e.getMessage().startsWith("ARIADNE_SEARCH_INDEX_PREFIX \"" + refused + "\""), e.getMessage());
        }
    }
}

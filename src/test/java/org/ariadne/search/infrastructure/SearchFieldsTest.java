package org.ariadne.search.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SearchFieldsTest {

    @Test
    void aNamesKeyIsTheStartOfItsSha256AndTheSameEveryTime() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("Jörg Müller".getBytes(StandardCharsets.UTF_8));
        long expected = 0;
        for (int i = 0; i < 8; i++) {
            expected = (expected << 8) | (digest[i] & 0xff);
        }
        assertEquals(expected, SearchFields.nameKey("Jörg Müller"));
        assertEquals(SearchFields.nameKey("Jörg Müller"), SearchFields.nameKey(new String("Jörg Müller")));
    }

    @Test
    void namesThatDifferInAnyWayHaveDifferentKeys() {
        // the facet shows display names as written: folding is for searching, not for counting
        assertNotEquals(SearchFields.nameKey("Jörg Müller"), SearchFields.nameKey("Jorg Muller"));
        assertNotEquals(SearchFields.nameKey("Anna Kim"), SearchFields.nameKey("anna kim"));
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            keys.add(SearchFields.nameKey("Person " + i));
        }
        assertEquals(200_000, keys.size());
    }
}

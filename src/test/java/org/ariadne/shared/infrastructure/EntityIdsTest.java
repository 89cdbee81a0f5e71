package org.ariadne.shared.infrastructure;

import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityIdsTest {

    private static final int INCREMENT = 50;

    @Test
    void aValueStandsForTheBlockEndingAtItAndAStartValueForItselfAlone() {
        long[] ids = new long[60];
        int filled = EntityIds.fill(ids, 0, 1, INCREMENT);
        filled = EntityIds.fill(ids, filled, 51, INCREMENT);
        assertEquals(51, filled);
        filled = EntityIds.fill(ids, filled, 101, INCREMENT);
        assertEquals(60, filled, "only as many as there is room for");
        assertArrayEquals(LongStream.rangeClosed(1, 60).toArray(), ids);
    }

    /**
     * Hibernate's own pooled optimizer and the bulk draws take values from one sequence in turns: no id is handed out
     * twice, whoever draws first.
     */
    @Test
    void idsDrawnInBlocksNeverMeetThoseOfHibernatesPooledOptimizer() {
        long[] sequence = {1 - INCREMENT};
        AccessCallback database = new AccessCallback() {
            @Override
            public IntegralDataTypeHolder getNextValue() {
                sequence[0] += INCREMENT;
                return IdentifierGeneratorHelper.getIntegralDataTypeHolder(Long.class).initialize(sequence[0]);
            }

            @Override
            public String getTenantIdentifier() {
                return null;
            }
        };
        for (boolean bulkFirst : new boolean[] {true, false}) {
            sequence[0] = 1 - INCREMENT;
            PooledOptimizer optimizer = new PooledOptimizer(Long.class, INCREMENT);
            optimizer.injectInitialValue(1);
            Set<Long> handedOut = new HashSet<>();
            for (int round = 0; round < 5; round++) {
                if (bulkFirst || round > 0) {
                    long[] bulk = new long[73];
                    int filled = 0;
                    while (filled < bulk.length) {
                        filled = EntityIds.fill(bulk, filled, database.getNextValue().makeValue().longValue(),
                                INCREMENT);
                    }
                    for (long id : bulk) {
                        assertTrue(handedOut.add(id), "id " + id + " given twice, bulk first: " + bulkFirst);
                    }
                }
                for (int i = 0; i < 31; i++) {
                    long id = ((Number) optimizer.generate(database)).longValue();
                    assertTrue(id >= 1 && handedOut.add(id), "id " + id + " given twice, bulk first: " + bulkFirst);
                }
            }
            assertTrue(handedOut.stream().allMatch(id -> id >= 1), Arrays.toString(handedOut.toArray()));
        }
    }
}

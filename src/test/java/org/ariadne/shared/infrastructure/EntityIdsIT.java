package org.ariadne.shared.infrastructure;

import org.ariadne.it.Api;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, {@link EntityIds} draws the sequence values for many blocks of ids in one query: the ids are the
 * blocks those values stand for, and the sequence stands where the pooled optimizer's next draw begins above them.
 */
class EntityIdsIT {

    @Test
    void theBlocksOfOneQueryAreTheIdsAndTheSequenceMovesPastThem() throws SQLException {
        assumeTrue(Api.onPostgresql(), "PostgreSQL only: the embedded H2 draws each id through Hibernate");
        try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY SEQUENCE probe_ids_seq START WITH 1 INCREMENT BY 50");

            long[] first = EntityIds.inBlocks(db, "probe_ids_seq", 50, 120);
            long[] second = EntityIds.inBlocks(db, "probe_ids_seq", 50, 10);

            // 1 alone, then 2..51 and 52..101; short of 19, a second query: 102..120 of the block ending at 151
            assertArrayEquals(LongStream.rangeClosed(1, 120).toArray(), first);
            // the rest of 151's block is lost, as Hibernate loses the rest of a block at shut-down
            assertArrayEquals(LongStream.rangeClosed(152, 161).toArray(), second);
            try (ResultSet next = statement.executeQuery("SELECT nextval('probe_ids_seq')")) {
                next.next();
                assertEquals(251, next.getLong(1), "the optimizer's next block is 202..251, above every id drawn");
            }
        }
    }
}

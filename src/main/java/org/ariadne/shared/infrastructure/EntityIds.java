package org.ariadne.shared.infrastructure;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.persister.entity.EntityPersister;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Ids for many new entities of one kind at once, from the entity's own sequence, for rows written without the
 * persistence context ({@link TableRows}).
 *
 * <p>Hibernate's pooled optimizer draws one sequence value per block of ids (the allocation size) and hands out the
 * block that ends at it; asking it for each id of an import of 100,000 entries made some 8,000 round trips to the
 * database. On PostgreSQL the values for all the blocks needed are drawn in one query instead, and each value is read
 * as the optimizer reads it, so that the ids drawn here and those the optimizer hands out never meet. Elsewhere (H2
 * draws its sequences in-process, without a round trip) and for any other kind of generator, the entity's own
 * generator gives each id.
 */
public final class EntityIds {

    private EntityIds() {
    }

    /** Gives each of these new entities of one kind its id. */
    public static void assign(SessionImplementor session, Class<?> entity, List<?> entities) {
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity);
        long[] ids = draw(session, entity, entities.size());
        int next = 0;
        for (Object each : entities) {
            persister.setIdentifier(each, ids[next++], session);
        }
    }

    /** {@code count} new ids for the entity, all different from any the entity's generator has given or will give. */
    public static long[] draw(SessionImplementor session, Class<?> entity, int count) {
        Generator generator = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
        if (count > 0 && generator instanceof SequenceStyleGenerator sequence
                && sequence.getOptimizer() instanceof PooledOptimizer) {
            String name = sequence.getDatabaseStructure().getPhysicalName().render();
            int increment = sequence.getDatabaseStructure().getIncrementSize();
            long[] ids = session.doReturningWork(connection -> connection.isWrapperFor(PGConnection.class)
                    ? inBlocks(connection, name, increment, count) : null);
            if (ids != null) {
                return ids;
            }
        }
        BeforeExecutionGenerator each = (BeforeExecutionGenerator) generator;
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) each.generate(session, null, null, EventType.INSERT)).longValue();
        }
        return ids;
    }

    /** The PostgreSQL way: the values for all the blocks in one query (package-private for its test). */
    static long[] inBlocks(Connection connection, String sequence, int increment, int count)
            throws SQLException {
        long[] ids = new long[count];
        int filled = 0;
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval(?::regclass) FROM generate_series(1, ?)")) {
            next.setString(1, sequence);
            while (filled < count) {
                // the blocks still needed (once in a sequence's life, its start value stands for a block of one,
                // and the loop draws again)
                next.setInt(2, (count - filled + increment - 1) / increment);
                try (ResultSet values = next.executeQuery()) {
                    while (values.next() && filled < count) {
                        filled = fill(ids, filled, values.getLong(1), increment);
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Puts the ids of the block a drawn sequence value stands for into {@code ids} from {@code filled} on, as far as
     * there is room, and gives the new count. The pooled optimizer reads a value {@code v} as the block
     * {@code v - increment + 1 .. v}; a value below the increment can only be a sequence's start, which it reads as
     * the block of that value alone.
     */
    static int fill(long[] ids, int filled, long value, int increment) {
        long first = value < increment ? value : value - increment + 1;
        int at = filled;
        for (long id = first; id <= value && at < ids.length; id++) {
            ids[at++] = id;
        }
        return at;
    }
}

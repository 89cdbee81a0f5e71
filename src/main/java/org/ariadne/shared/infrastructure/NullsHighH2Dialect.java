package org.ariadne.shared.infrastructure;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.NullOrdering;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * H2 as Ariadne runs it: with {@code DEFAULT_NULL_ORDERING=HIGH} (wildfly-config/datasources.cli), so nulls sort as
 * the greatest values, as on PostgreSQL. Hibernate's H2 dialect assumes H2's own default (nulls the smallest) and
 * leaves out a "nulls last" it takes for the default: a descending sort by creator or date then listed the works
 * without one first on H2, and on PostgreSQL last. With this dialect Hibernate writes out what differs from the
 * server's real ordering, as it does on PostgreSQL. {@link Resolver} (persistence.xml) chooses it for H2 connections.
 */
public class NullsHighH2Dialect extends H2Dialect {

    public NullsHighH2Dialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public NullOrdering getNullOrdering() {
        return NullOrdering.GREATEST;
    }

    /** Chooses {@link NullsHighH2Dialect} for H2 and leaves every other database to Hibernate's own resolution. */
    public static class Resolver implements DialectResolver {

        @Override
        public Dialect resolveDialect(DialectResolutionInfo info) {
            return "H2".equals(info.getDatabaseName()) ? new NullsHighH2Dialect(info) : null;
        }
    }
}

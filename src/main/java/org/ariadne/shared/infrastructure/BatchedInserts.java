package org.ariadne.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows written with batched JDBC on a transaction's connection, for the footnotes found in a text (and their history
 * rows), stored without the persistence context. An import's many rows go through {@link TableRows} instead, which
 * uses PostgreSQL's COPY where it can.
 */
public final class BatchedInserts {

    /** Rows sent to the database in one round trip. */
    private static final int BATCH = 500;

    private BatchedInserts() {
    }

    /** One row's parameters, set from one item. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void set(PreparedStatement row, T item) throws SQLException;
    }

    /** Runs the statement once per item, sent to the database {@value #BATCH} rows at a time. */
    public static <T> void inBatches(Connection connection, String sql, List<T> items, RowWriter<T> writer)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement row = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                writer.set(row, item);
                row.addBatch();
                if (++pending == BATCH) {
                    row.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                row.executeBatch();
            }
        }
    }
}

package org.ariadne.exchange.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The whole archive as the database holds it, table by table, for a bag: every row of every table of Ariadne's
 * schema (whatever migrations have added), as JSON lines, parents before children, so a restore inserts them in
 * order and every id, version and revision comes back the same. Passwords never leave: user rows go without them.
 */
public interface ArchiveTables {

    /** The tables, parents before the tables that refer to them; the migration history is not one of them. */
    List<String> tables();

    /** Writes every row of the table as one JSON object a line, in primary-key order. */
    void export(String table, Writer out) throws IOException;

    /** The tables that hold rows, apart from users and their roles (which an empty instance may already have). */
    List<String> tablesWithContent();

    /** The digests of the archived texts the database refers to, now or in history. */
    Set<String> textDigests();

    /**
     * Inserts the rows (JSON lines as {@link #export} writes them). Users whose name exists already are kept as
     * they are; new ones get {@code unusablePasswordHash} and fresh ids, their roles following them.
     *
     * @return the rows inserted
     */
    long restore(String table, BufferedReader rows, String unusablePasswordHash) throws IOException;

    /** Moves every id sequence past the highest id restored, so new rows never collide with restored ones. */
    void advanceSequences();

    /**
     * Brings the database's statistics of the tables up to date with the rows restored, within the restore's
     * transaction, so that the first queries after it are planned for the archive as it now is, not for the empty
     * instance it was.
     */
    void refreshStatistics(Collection<String> tables);
}

package org.ariadne.shared.infrastructure;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Which database this server runs on: ARIADNE_DB, read by the server into the system property ariadne.db. */
public final class Database {

    private Database() {
    }

    public static String kind() {
        return System.getProperty("ariadne.db", "h2");
    }

    /** The embedded default (H2 under ARIADNE_DATA_DIR), as opposed to a production PostgreSQL. */
    public static boolean isEmbedded() {
        return "h2".equals(kind());
    }

    public static String jndiName() {
        return "java:jboss/datasources/ariadne-" + kind();
    }

    public static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(jndiName());
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource " + jndiName() + ": is ARIADNE_DB h2 or postgresql?", e);
        }
    }
}

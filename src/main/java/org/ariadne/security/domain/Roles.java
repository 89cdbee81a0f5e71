package org.ariadne.security.domain;

import java.util.List;

/** The roles of the contract: who may write what. Reading needs no role. */
public final class Roles {

    public static final String LIBRARIAN = "librarian";
    public static final String WRITER = "writer";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(LIBRARIAN, WRITER, REVIEWER, ADMIN);

    private Roles() {
    }
}

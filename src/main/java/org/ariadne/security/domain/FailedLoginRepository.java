package org.ariadne.security.domain;

import java.time.Instant;
import java.util.List;

public interface FailedLoginRepository {

    void add(FailedLogin login);

    /** Newest first. */
    List<FailedLogin> page(int first, int size);

    long count();

    /** Deletes the refused logins recorded before {@code cutoff}; how many. */
    int deleteBefore(Instant cutoff);
}

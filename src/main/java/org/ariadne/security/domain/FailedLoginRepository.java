package org.ariadne.security.domain;

import java.util.List;

public interface FailedLoginRepository {

    void add(FailedLogin login);

    /** Newest first. */
    List<FailedLogin> page(int first, int size);

    long count();
}

package org.ariadne.security.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    User add(User user);

    long count();

    List<User> all();

    /** By user name. */
    List<User> page(int first, int size);

    long countActiveAdministrators();
}

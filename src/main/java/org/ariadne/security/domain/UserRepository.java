package org.ariadne.security.domain;

import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    User add(User user);

    long count();

    java.util.List<User> all();
}

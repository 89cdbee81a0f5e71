package org.ariadne.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.security.domain.Roles;
import org.ariadne.security.domain.User;
import org.ariadne.security.domain.UserRepository;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User accounts: checking credentials and creating users. */
@Stateless
public class Accounts {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    RecentLogins recent;

    @Inject
    History versions;

    @Inject
    Clock clock;

    /** The roles of the user if the password is right and the account enabled; empty otherwise. */
    @PermitAll
    public Optional<Set<String>> authenticate(String username, char[] password) {
        Optional<Set<String>> recently = recent.check(username, password);
        if (recently.isPresent()) {
            return recently;
        }
        Optional<User> user = users.findByUsername(username);
        if (user.isEmpty()) {
            hasher.spendTimeOfAVerification(password);
            return Optional.empty();
        }
        if (!user.get().enabled() || !hasher.verify(password, user.get().passwordHash())) {
            return Optional.empty();
        }
        Set<String> roles = Set.copyOf(user.get().roles());
        recent.remember(username, password, roles);
        return Optional.of(roles);
    }

    @RolesAllowed(Roles.ADMIN)
    public java.util.List<UserRecord> list() {
        return users.all().stream()
                .map(user -> new UserRecord(user.username(), Set.copyOf(user.roles()), user.enabled()))
                .toList();
    }

    /** Every revision of an account (created, roles or enabled changed...), never with a password hash. */
    @RolesAllowed(Roles.ADMIN)
    public List<RevisionView> revisions(String username) {
        List<RevisionView> views = RevisionView.all(versions.of(User.class, Map.of("username", username)), User::fields);
        if (views.isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return views;
    }

    /** An account as administrators see it: never with its password hash. */
    public record UserRecord(String username, Set<String> roles, boolean enabled) {
    }

    @RolesAllowed(Roles.ADMIN)
    public void create(String username, char[] password, Set<String> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("There is already a user called " + username + ".");
        }
        users.add(User.of(username, hasher.hash(password), roles, clock.instant()));
        recent.forget(username);
    }
}

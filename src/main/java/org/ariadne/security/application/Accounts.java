package org.ariadne.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.security.domain.FailedLogin;
import org.ariadne.security.domain.FailedLoginRepository;
import org.ariadne.security.domain.Roles;
import org.ariadne.security.domain.User;
import org.ariadne.security.domain.UserRepository;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User accounts: checking credentials, and what administrators do with accounts. */
@Stateless
public class Accounts {

    @Inject
    UserRepository users;

    @Inject
    FailedLoginRepository failedLogins;

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

    /** Keeps a refused login for administrators to see. */
    @PermitAll
    public void recordFailedLogin(String username, String address, FailedLogin.Reason reason) {
        failedLogins.add(FailedLogin.of(username, address, clock.instant(), reason));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<UserRecord> list() {
        return users.all().stream().map(UserRecord::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<UserRecord> page(int first, int size) {
        return users.page(Math.max(0, first), Math.max(1, Math.min(size, 1000))).stream().map(UserRecord::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return users.count();
    }

    @RolesAllowed(Roles.ADMIN)
    public UserRecord get(String username) {
        return UserRecord.of(user(username));
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
    public record UserRecord(String username, Set<String> roles, boolean enabled, Instant createdAt) {
        static UserRecord of(User user) {
            return new UserRecord(user.username(), Set.copyOf(user.roles()), user.enabled(), user.createdAt());
        }
    }

    /** A refused login as administrators see it. */
    public record FailedLoginRecord(String username, String address, Instant at, FailedLogin.Reason reason) {
    }

    @RolesAllowed(Roles.ADMIN)
    public void create(String username, char[] password, Set<String> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("There is already a user called " + username + ".");
        }
        users.add(User.of(username, hasher.hash(password), roles, clock.instant()));
        recent.forget(username);
    }

    /**
     * Changes what is given (roles, enabled), all or nothing. The last enabled administrator can neither be
     * disabled nor lose the admin role, or nobody could manage users any more.
     */
    @RolesAllowed(Roles.ADMIN)
    public UserRecord change(String username, Optional<Set<String>> roles, Optional<Boolean> enabled) {
        User user = user(username);
        boolean wasAdministrator = user.activeAdministrator();
        roles.ifPresent(user::grant);
        enabled.ifPresent(on -> {
            if (on) {
                user.enable();
            } else {
                user.disable();
            }
        });
        if (wasAdministrator && !user.activeAdministrator() && users.countActiveAdministrators() <= 1) {
            throw new ConflictException(username + " is the last enabled administrator: make another one first.");
        }
        recent.forget(username);
        return UserRecord.of(user);
    }

    @RolesAllowed(Roles.ADMIN)
    public void resetPassword(String username, char[] password) {
        User user = user(username);
        user.changePasswordHash(hasher.hash(password));
        recent.forget(username);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<FailedLoginRecord> failedLogins(int first, int size) {
        return failedLogins.page(Math.max(0, first), Math.max(1, Math.min(size, 1000))).stream()
                .map(f -> new FailedLoginRecord(f.username(), f.address(), f.at(), f.reason()))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long failedLoginCount() {
        return failedLogins.count();
    }

    /**
     * Deletes the refused logins older than {@code olderThan} now (the schedule does the same daily with the
     * configured period).
     */
    @RolesAllowed(Roles.ADMIN)
    public FailedLoginPurge purgeFailedLogins(Duration olderThan) {
        Instant before = clock.instant().minus(olderThan);
        return new FailedLoginPurge(failedLogins.deleteBefore(before), before);
    }

    /** What a purge deleted: how many refused logins, all recorded before {@code before}. */
    public record FailedLoginPurge(int deleted, Instant before) {
    }

    private User user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}

package org.ariadne.security.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials that passed the (deliberately slow) PBKDF2 check a moment ago, so that a script sending HTTP Basic
 * with every request does not pay 210,000 iterations each time. Only a salted SHA-256 of the password is kept, in
 * memory, for two minutes; any change to the account forgets it.
 */
@ApplicationScoped
public class RecentLogins {

    static final Duration KEPT_FOR = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final Clock clock;

    public RecentLogins() {
        this(Clock.systemUTC());
    }

    RecentLogins(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The roles of a user who logged in with exactly this password within the last two minutes. */
    public Optional<Set<String>> check(String username, char[] password) {
        Login login = logins.get(username);
        if (login == null || login.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(login.digest(), digest(password)) ? Optional.of(login.roles()) : Optional.empty();
    }

    public void remember(String username, char[] password, Set<String> roles) {
        if (logins.size() >= MAX_ENTRIES) {
            logins.clear();
        }
        logins.put(username, new Login(digest(password), Set.copyOf(roles), clock.instant().plus(KEPT_FOR)));
    }

    public void forget(String username) {
        logins.remove(username);
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Login(byte[] digest, Set<String> roles, Instant expires) {
    }
}

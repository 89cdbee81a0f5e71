package org.ariadne.security.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off for guessed passwords, per user name and per client address. After {@link #USER_FREE}
 * failures in a row for a name (or {@link #ADDRESS_FREE} from an address), every further attempt waits
 * 5 s, 10 s, 20 s ... up to 15 minutes, and is refused without looking at the password while it waits. A success
 * clears the name's count; an address's count fades after 15 minutes without failures. In memory: a restart
 * forgets it, and so does a cluster member other than the one that counted.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int USER_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name or address must still wait before its next attempt is looked at; empty if it need not. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(byUser.get(key(username)), now);
        Duration addr = remaining(byAddress.get(address), now);
        Duration longer = user.compareTo(addr) >= 0 ? user : addr;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        byUser.compute(key(username), (k, before) -> next(before, now, USER_FREE));
        if (address != null) {
            byAddress.compute(address, (k, before) -> next(before, now, ADDRESS_FREE));
        }
    }

    public void succeeded(String username) {
        byUser.remove(key(username));
    }

    private static Failures next(Failures before, Instant now, int free) {
        int count = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.count() + 1;
        Instant until = now;
        if (count >= free) {
            int doublings = Math.min(count - free, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            until = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return new Failures(count, now, until);
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null || !failures.until().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.until());
    }

    private void prune(Instant now) {
        if (byUser.size() + byAddress.size() < MAX_ENTRIES) {
            return;
        }
        Instant old = now.minus(FORGET_AFTER);
        byUser.values().removeIf(f -> f.last().isBefore(old) && !f.until().isAfter(now));
        byAddress.values().removeIf(f -> f.last().isBefore(old) && !f.until().isAfter(now));
    }

    private static String key(String username) {
        return username == null ? "" : username;
    }

    private record Failures(int count, Instant last, Instant until) {
    }
}

package org.ariadne.security.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentLoginsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void remembersAPasswordThatJustPassedForTwoMinutesOnly() {
        RecentLogins now = new RecentLogins(Clock.fixed(NOW, ZoneOffset.UTC));
        now.remember("librarian", "secret".toCharArray(), Set.of("librarian"));
        assertEquals(Set.of("librarian"), now.check("librarian", "secret".toCharArray()).orElseThrow());
        assertTrue(now.check("librarian", "Secret".toCharArray()).isEmpty(), "another password is checked the slow way");
        assertTrue(now.check("writer", "secret".toCharArray()).isEmpty());
        now.forget("librarian");
        assertTrue(now.check("librarian", "secret".toCharArray()).isEmpty());
    }

    @Test
    void forgetsAfterTwoMinutes() {
        MovingClock clock = new MovingClock();
        RecentLogins logins = new RecentLogins(clock);
        logins.remember("writer", "pw".toCharArray(), Set.of("writer"));
        clock.now = NOW.plusSeconds(119);
        assertTrue(logins.check("writer", "pw".toCharArray()).isPresent());
        clock.now = NOW.plusSeconds(121);
        assertTrue(logins.check("writer", "pw".toCharArray()).isEmpty());
    }

    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

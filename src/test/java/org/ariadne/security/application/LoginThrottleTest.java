package org.ariadne.security.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void letsTheFirstFailuresThroughThenDoublesTheWait() {
        for (int i = 1; i < LoginThrottle.USER_FREE; i++) {
            throttle.failed("ann", "10.0.0." + i);
            assertEquals(Optional.empty(), throttle.waitBefore("ann", "10.0.0.99"));
        }
        throttle.failed("ann", "10.0.0.5");
        assertEquals(Optional.of(Duration.ofSeconds(5)), throttle.waitBefore("ann", "10.0.0.99"));
        clock.pass(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), throttle.waitBefore("ann", "10.0.0.99"));
        throttle.failed("ann", "10.0.0.6");
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.waitBefore("ann", "10.0.0.99"));
        clock.pass(Duration.ofSeconds(10));
        throttle.failed("ann", "10.0.0.7");
        assertEquals(Optional.of(Duration.ofSeconds(20)), throttle.waitBefore("ann", "10.0.0.99"));
        assertEquals(Optional.empty(), throttle.waitBefore("bob", "10.0.0.99"), "other names are not held up");
    }

    @Test
    void neverWaitsLongerThanFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ann", "10.0.0." + i);
        }
        assertEquals(Optional.of(LoginThrottle.LONGEST_WAIT), throttle.waitBefore("ann", "10.0.0.99"));
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        throttle.succeeded("user0");
        assertEquals(Optional.empty(), throttle.waitBefore("user0", "10.0.0.2"));
        assertTrue(throttle.waitBefore("someone-else", "10.0.0.1").isPresent(),
                "an address that tried many names waits whatever name it tries next");
    }

    @Test
    void failuresFadeAfterAQuietQuarterOfAnHour() {
        for (int i = 0; i < LoginThrottle.USER_FREE - 1; i++) {
            throttle.failed("ann", "10.0.0.1");
        }
        clock.pass(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("ann", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.waitBefore("ann", "10.0.0.1"));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
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

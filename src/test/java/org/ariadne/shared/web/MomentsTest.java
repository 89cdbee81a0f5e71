package org.ariadne.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MomentsTest {

    private final Moments moments = new Moments();

    @Test
    void showsAnInstantToTheMinuteInUtc() {
        assertEquals("25 November 2026, 07:35 UTC", moments.of(Instant.parse("2026-11-25T07:35:24.877636Z")));
        assertEquals("3 April 2012, 00:00 UTC", moments.of(Instant.parse("2012-04-03T00:00:59Z")));
    }

    @Test
    void showsAnOffsetMomentInUtcToo() {
        assertEquals("24 November 2026, 23:05 UTC",
                moments.of(OffsetDateTime.of(2026, 11, 25, 8, 5, 0, 0, ZoneOffset.ofHours(9))));
    }

    @Test
    void showsNothingForNoMoment() {
        assertEquals("", moments.of(null));
    }
}

package org.ariadne.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MomentsTest {

    private final Moments moments = new Moments();

    @Test
    void showsAnInstantToTheMinuteInUtc() {
        assertEquals("25 November 2026, 07:35 UTC", moments.of(Instant.parse("2026-11-25T07:35:24.877636Z")));
        assertEquals("3 April 2012, 00:00 UTC", moments.of(Instant.parse("2012-04-03T00:00:59Z")));
    }

    @Test
    void showsNothingForNoMoment() {
        assertEquals("", moments.of(null));
    }
}

package org.ariadne.catalog.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixityScheduleTest {

    @Test
    void readsTheIntervalAsADurationOrMinutesWithADailyDefaultAndAWayToTurnItOff() {
        assertEquals(Optional.of(Duration.ofHours(24)), FixitySchedule.interval(null));
        assertEquals(Optional.of(Duration.ofHours(24)), FixitySchedule.interval(" "));
        assertEquals(Optional.of(Duration.ofHours(6)), FixitySchedule.interval("PT6H"));
        assertEquals(Optional.of(Duration.ofHours(6)), FixitySchedule.interval("pt6h"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), FixitySchedule.interval("90"));
        assertTrue(FixitySchedule.interval("off").isEmpty());
        assertTrue(FixitySchedule.interval("0").isEmpty());
    }

    @Test
    void neverRunsMoreOftenThanOnceAMinute() {
        assertEquals(Optional.of(Duration.ofMinutes(1)), FixitySchedule.interval("PT5S"));
    }

    @Test
    void refusesASettingItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FixitySchedule.interval("daily"));
        assertTrue(e.getMessage().contains("ARIADNE_FIXITY_INTERVAL"));
    }

    @Test
    void aNodeHoldsTheLeaseForMostOfAnIntervalSoTheNextRoundFindsItFree() {
        assertEquals(Duration.ofMinutes(54), FixitySchedule.leaseFor(Duration.ofHours(1)));
        assertEquals(Duration.ofSeconds(54), FixitySchedule.leaseFor(Duration.ofMinutes(1)));
    }
}

package org.ariadne.security.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionPeriodTest {

    @ParameterizedTest
    @CsvSource({"P90D, PT2160H", "p30d, PT720H", "30, PT720H", "PT12H, PT12H", "PT1M, PT1H", "' P1D ', PT24H",
            "'', PT2160H"})
    void readsAPeriodAsADurationOrDaysAtLeastAnHourNinetyDaysByDefault(String setting, String expected) {
        assertEquals(Optional.of(Duration.parse(expected)), RetentionPeriod.parse(setting));
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " Off "})
    void offKeepsThemAll(String setting) {
        assertTrue(RetentionPeriod.parse(setting).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ninety days", "P", "-5", "P-3D", "99999999999999999999"})
    void refusesASettingThatIsNoPeriod(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RetentionPeriod.parse(setting));
        assertTrue(refused.getMessage().contains("ARIADNE_FAILED_LOGIN_RETENTION"), refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aNullSettingIsTheDefault() {
        assertEquals(Optional.of(Duration.ofDays(90)), RetentionPeriod.parse(null));
    }
}

package org.ariadne.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingTest {

    private static final String PROPERTY = "ariadne.setting.test";
    /** An environment variable no machine sets, so only the property decides. */
    private static final String UNSET = "ARIADNE_SETTING_TEST_NEVER_SET";

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aPropertyIsTakenStripped() {
        System.setProperty(PROPERTY, "  outbox-polling ");
        assertEquals(Optional.of("outbox-polling"), Setting.of(PROPERTY, UNSET));
    }

    @Test
    void aBlankOrMissingPropertyFallsToTheEnvironmentAndThenToNothing() {
        System.setProperty(PROPERTY, "   ");
        assertEquals(Optional.empty(), Setting.of(PROPERTY, UNSET));
        System.clearProperty(PROPERTY);
        assertEquals(Optional.empty(), Setting.of(PROPERTY, UNSET));
        // PATH is set wherever the tests run: the environment answers when the property does not
        assertEquals(Optional.of(System.getenv("PATH").strip()), Setting.of(PROPERTY, "PATH"));
    }
}

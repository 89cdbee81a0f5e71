package org.ariadne.security.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The setting of {@link FailedLoginRetention}, read apart from the bean: WildFly warns about static methods of an
 * enterprise bean (WFLYEJB0131), and the reading needs no container.
 */
final class RetentionPeriod {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    static final Duration SHORTEST = Duration.ofHours(1);

    private RetentionPeriod() {
    }

    /**
     * The period a setting asks for: empty for {@code off}; the default for none; at least an hour.
     *
     * @throws IllegalArgumentException for a setting that is neither a duration nor a number of days
     */
    static Optional<Duration> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(DEFAULT_PERIOD);
        }
        String value = setting.strip().toUpperCase(Locale.ROOT);
        if (value.equals("OFF")) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = value.chars().allMatch(Character::isDigit) ? Duration.ofDays(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("ARIADNE_FAILED_LOGIN_RETENTION must be an ISO-8601 duration such as "
                    + "P90D, a number of days, or off; not \"" + setting + "\".", e);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("ARIADNE_FAILED_LOGIN_RETENTION cannot be negative: \"" + setting
                    + "\".");
        }
        return Optional.of(duration.compareTo(SHORTEST) < 0 ? SHORTEST : duration);
    }
}

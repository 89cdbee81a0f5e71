package org.ariadne.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The moments the pages show (when a record was made or changed, a check run, a login failed) as people read them,
 * "25 November 2026, 07:35 UTC", instead of an ISO timestamp to the microsecond. The API keeps ISO 8601.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The moment as a page shows it; empty for none. Takes an {@link Instant} or an {@link OffsetDateTime}. */
    public String of(Object moment) {
        if (moment instanceof Instant instant) {
            return SHOWN.format(instant);
        }
        if (moment instanceof OffsetDateTime offset) {
            return SHOWN.format(offset.toInstant());
        }
        return moment == null ? "" : moment.toString();
    }
}

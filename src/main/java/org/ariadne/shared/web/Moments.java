package org.ariadne.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
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

    /** The moment as a page shows it; empty for none. */
    public String of(Instant moment) {
        return moment == null ? "" : SHOWN.format(moment);
    }
}

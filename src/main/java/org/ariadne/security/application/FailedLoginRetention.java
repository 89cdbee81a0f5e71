package org.ariadne.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.ariadne.security.domain.FailedLoginRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How long refused logins are kept: {@code ARIADNE_FAILED_LOGIN_RETENTION} (or the system property
 * {@code ariadne.failed-login.retention}), an ISO-8601 duration such as {@code P90D}, a number of days, or
 * {@code off} to keep them all; 90 days by default, at least one hour. Older ones are deleted once a day, the first
 * time a minute after start-up.
 */
@Singleton
@Startup
public class FailedLoginRetention {

    static final Duration EVERY = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(FailedLoginRetention.class.getName());

    @Resource
    TimerService timers;

    @Inject
    FailedLoginRepository failedLogins;

    @Inject
    Clock clock;

    private Optional<Duration> period;

    @PostConstruct
    void schedule() {
        String setting = System.getenv("ARIADNE_FAILED_LOGIN_RETENTION");
        period = RetentionPeriod.parse(setting != null ? setting
                : System.getProperty("ariadne.failed-login.retention"));
        if (period.isEmpty()) {
            LOG.info("Failed logins are kept for ever (ARIADNE_FAILED_LOGIN_RETENTION=off).");
            return;
        }
        timers.createIntervalTimer(Duration.ofMinutes(1).toMillis(), EVERY.toMillis(),
                new TimerConfig("failed-login-retention", false));
        LOG.info("Failed logins older than " + period.get() + " are deleted once a day.");
    }

    /** The configured period; empty when they are kept for ever. */
    @Lock(LockType.READ)
    public Optional<Duration> period() {
        return period;
    }

    @Timeout
    void purge() {
        try {
            int deleted = failedLogins.deleteBefore(clock.instant().minus(period.orElseThrow()));
            if (deleted > 0) {
                LOG.info("Deleted " + deleted + " failed login(s) older than " + period.get() + ".");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Deleting old failed logins failed; it is tried again tomorrow.", e);
        }
    }
}

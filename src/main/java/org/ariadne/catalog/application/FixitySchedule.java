package org.ariadne.catalog.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.ariadne.shared.infrastructure.ClusterNode;
import org.ariadne.shared.infrastructure.JobLease;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-checks every archived text on a schedule: every {@code ARIADNE_FIXITY_INTERVAL} (an ISO-8601 duration such
 * as {@code PT24H}, or a number of minutes; {@code off} turns it off), first one interval after start-up.
 */
@Singleton
@Startup
public class FixitySchedule {

    static final Duration DEFAULT_INTERVAL = Duration.ofHours(24);
    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(FixitySchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    FixityService fixity;

    @Inject
    JobLease lease;

    private Duration interval = DEFAULT_INTERVAL;

    @PostConstruct
    void schedule() {
        Optional<Duration> interval = interval(System.getenv("ARIADNE_FIXITY_INTERVAL"));
        if (interval.isEmpty()) {
            LOG.info("Scheduled fixity checks are off (ARIADNE_FIXITY_INTERVAL=off).");
            return;
        }
        this.interval = interval.get();
        long millis = interval.get().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("fixity", false));
        LOG.info("Every archived text is re-checked against its SHA-256 every " + interval.get() + ".");
    }

    @Timeout
    void check() {
        try {
            // on several nodes, one of them checks each interval (the lease ends a little before the next round)
            if (!lease.acquire("fixity", leaseFor(interval))) {
                LOG.info("Scheduled fixity check skipped on node " + ClusterNode.name()
                        + ": another node holds its lease this round.");
                return;
            }
            LOG.info("Scheduled fixity check on node " + ClusterNode.name() + ".");
            var run = fixity.run("schedule");
            if (run.failed() > 0) {
                LOG.warning("Fixity: " + run.failed() + " of " + run.checked()
                        + " archived texts changed or are missing; see /admin/fixity.xhtml.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The scheduled fixity check failed; it runs again at the next interval.", e);
        }
    }

    /** How long a node holds the check's lease: nine tenths of the interval, so that it is free for the next round. */
    static Duration leaseFor(Duration interval) {
        return interval.multipliedBy(9).dividedBy(10);
    }

    /**
     * The interval a setting asks for: empty for {@code off}; the default for none; at least a minute.
     *
     * @throws IllegalArgumentException for a setting that is neither a duration nor a number of minutes
     */
    static Optional<Duration> interval(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(DEFAULT_INTERVAL);
        }
        String value = setting.strip().toUpperCase(Locale.ROOT);
        if (value.equals("OFF") || value.equals("0")) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = value.chars().allMatch(Character::isDigit) ? Duration.ofMinutes(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("ARIADNE_FIXITY_INTERVAL must be an ISO-8601 duration such as PT24H, "
                    + "a number of minutes, or off; not \"" + setting + "\".", e);
        }
        return Optional.of(duration.compareTo(SHORTEST) < 0 ? SHORTEST : duration);
    }
}

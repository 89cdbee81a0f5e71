package org.ariadne.catalog.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.FixityCheck;
import org.ariadne.catalog.domain.FixityRepository;
import org.ariadne.catalog.domain.FixityRun;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.security.domain.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fixity: every archived text re-read from the text store and its SHA-256 compared with the one it was archived
 * under, on a schedule ({@link FixitySchedule}) and when an administrator asks. Results are kept per source, so that
 * a text that changed or went missing is flagged wherever it is shown or quoted.
 */
@Stateless
public class FixityService {

    @Inject
    FixityRepository fixity;

    @Inject
    TextStore texts;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** An administrator checks every archived text now. */
    @RolesAllowed(Roles.ADMIN)
    public FixityReport checkNow() {
        run(session.getCallerPrincipal().getName());
        return report();
    }

    /**
     * Checks every archived text, once per distinct file, and records the outcome for each source. {@code by} is who
     * or what started the run ({@code schedule} for the timer).
     */
    @PermitAll
    public FixityRun run(String by) {
        FixityRun run = FixityRun.start(by, clock.instant());
        fixity.add(run);
        List<FixityRepository.Archived> archived = fixity.archivedTexts();
        Map<String, Optional<String>> digests = new HashMap<>();
        for (FixityRepository.Archived text : archived) {
            Optional<String> actual = digests.computeIfAbsent(text.sha256(), texts::digestOf);
            Instant at = clock.instant();
            FixityCheck check = fixity.checkOf(text.sourceId()).orElse(null);
            if (check == null) {
                check = FixityCheck.of(text.sourceId(), text.sha256(), actual, run.id(), at);
                fixity.add(check);
            } else {
                check.record(text.sha256(), actual, run.id(), at);
            }
            run.counted(check);
        }
        run.finish(clock.instant());
        return run;
    }

    /** The last run and every archived text whose current check failed. */
    @PermitAll
    public FixityReport report() {
        Optional<FixityRun> last = fixity.lastRun();
        List<FixityReport.Failure> failures = fixity.failures().stream()
                .map(failed -> new FixityReport.Failure(failed.check().sourceId(), failed.title(),
                        failed.check().outcome().word(), failed.check().sha256(), failed.check().actualSha256(),
                        failed.check().checkedAt(), failed.check().failure()))
                .toList();
        return new FixityReport(last.map(FixityReport.Run::of).orElse(null), fixity.archivedTexts().size(),
                fixity.checkedCount(), failures);
    }

    /**
     * What is wrong with the archived texts of these sources, by source id: only those whose latest check of their
     * current text failed appear.
     */
    @PermitAll
    public Map<Long, String> failuresOf(Collection<Long> sourceIds) {
        Map<Long, String> failures = new HashMap<>();
        fixity.failuresAmong(sourceIds).forEach(check -> failures.put(check.sourceId(), check.failure()));
        return failures;
    }
}

package org.ariadne.claims.domain;

import java.util.List;
import java.util.Optional;

/** The claims. */
public interface ClaimRepository {

    Optional<Claim> find(long id);

    /** @throws ClaimNotFoundException if there is no such claim */
    default Claim get(long id) {
        return find(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    Claim add(Claim claim);

    /** Writes pending changes now, so that a new claim has its id. */
    void flush();

    /** One page of the claims with one of these statuses (all claims if none is given), newest first. */
    List<Claim> list(List<ClaimStatus> statuses, int page, int size);

    long count(List<ClaimStatus> statuses);

    /** How many citations, and of how many claims, cite the source. */
    Uses usesOf(long sourceId);

    /** Makes every claim citation of {@code from} cite {@code to}; returns how many changed. */
    int redirectCitations(long from, long to);

    record Uses(long citations, long claims) {
        public boolean none() {
            return citations == 0;
        }
    }
}

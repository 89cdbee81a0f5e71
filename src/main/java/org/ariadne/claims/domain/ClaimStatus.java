package org.ariadne.claims.domain;

import java.util.List;
import java.util.Locale;

/**
 * Where a claim stands, derived from its citations' stances and its reviewers' verdicts by
 * {@link #derive(List, List)}. On the wire: the lower-case name with {@code -} for {@code _}
 * ({@code unsupported}, {@code needs-source}, ...).
 */
public enum ClaimStatus {
    /** No citation supports the claim ("citation needed"). */
    UNSUPPORTED,
    /** At least one citation supports it and none disputes it; no reviewer has ruled. */
    SUPPORTED,
    /** A reviewer ruled the claim disputed (the latest verdict). */
    DISPUTED,
    /** A reviewer verified the claim against its sources (the latest verdict). */
    VERIFIED,
    /** A reviewer asked for a (better) source (the latest verdict). */
    NEEDS_SOURCE,
    /** Citations support it and citations dispute it ("sources disagree"); no reviewer has ruled. */
    CONTESTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Derives a claim's status. The rules, in order:
     * <ol>
     *   <li>If there is any verdict, the latest one wins: {@code VERIFIED} → {@link #VERIFIED},
     *       {@code DISPUTED} → {@link #DISPUTED}, {@code NEEDS_SOURCE} → {@link #NEEDS_SOURCE}. Citations
     *       added or removed after a verdict do not override it; a reviewer records a new verdict.</li>
     *   <li>Else, with no {@code SUPPORTS} citation (none at all, or only {@code DISPUTES} / {@code MENTIONS}):
     *       {@link #UNSUPPORTED} &mdash; the contract's "claims with no supporting citation".</li>
     *   <li>Else, with both {@code SUPPORTS} and {@code DISPUTES} citations: {@link #CONTESTED}.</li>
     *   <li>Else: {@link #SUPPORTED} ({@code MENTIONS} citations never change the status).</li>
     * </ol>
     *
     * @param citationStances the stances of the claim's citations, in any order
     * @param verdictsNewestFirst the reviewers' verdicts, newest first (empty if none)
     */
    public static ClaimStatus derive(List<Stance> citationStances, List<VerdictKind> verdictsNewestFirst) {
        if (!verdictsNewestFirst.isEmpty()) {
            return switch (verdictsNewestFirst.get(0)) {
                case VERIFIED -> VERIFIED;
                case DISPUTED -> DISPUTED;
                case NEEDS_SOURCE -> NEEDS_SOURCE;
            };
        }
        boolean supported = citationStances.contains(Stance.SUPPORTS);
        boolean disputed = citationStances.contains(Stance.DISPUTES);
        if (!supported) {
            return UNSUPPORTED;
        }
        return disputed ? CONTESTED : SUPPORTED;
    }
}

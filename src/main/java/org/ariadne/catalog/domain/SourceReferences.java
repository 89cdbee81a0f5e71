package org.ariadne.catalog.domain;

/**
 * Implemented by every module that points at sources (footnotes, claims, collections): when two records of one
 * work are merged, each makes what pointed at the loser point at the survivor, in the merge's transaction, so that
 * nothing is lost and nothing is half-done.
 */
public interface SourceReferences {

    /**
     * Points at {@code merge.survivor()} whatever pointed at {@code merge.loser()}.
     */
    void redirect(MergePlan merge);

    /**
     * The two records being merged, and whether the survivor takes over the loser's archived text (it had none of its
     * own): then the footnotes found in that text move with it; otherwise the loser's footnotes are copies of the
     * survivor's (the same text) or there are none, and they go with the loser.
     */
    record MergePlan(long loser, long survivor, boolean textFromLoser) {
    }
}

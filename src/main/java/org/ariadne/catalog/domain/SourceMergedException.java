package org.ariadne.catalog.domain;

/** The source asked for was merged into another, which now stands for the work. */
public class SourceMergedException extends SourceNotFoundException {

    private final long loser;
    private final long survivor;

    public SourceMergedException(long loser, long survivor) {
        super(loser);
        this.loser = loser;
        this.survivor = survivor;
    }

    public long survivor() {
        return survivor;
    }

    @Override
    public String getMessage() {
        return "Source " + loser + " was merged into source " + survivor + ", which now stands for the work.";
    }
}

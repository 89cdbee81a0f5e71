package org.ariadne.shared.domain;

/** A revision number that the history of an aggregate does not have. */
public class RevisionNotFoundException extends NotFoundException {

    public RevisionNotFoundException(String what, Object id, long revision) {
        super("Revision " + revision + " of " + what, id);
    }
}

package org.ariadne.shared.domain;

/** A change that must name the version it was made against (If-Match), and did not. */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}

package org.ariadne.shared.domain;

/** A thing the caller named does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}

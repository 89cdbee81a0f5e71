package org.ariadne.shared.domain;

/** The caller edited a version that someone else has changed since; nothing was overwritten. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object id) {
        super(what + " " + id + " was changed by someone else since you read it. Reload it and apply your change again.");
    }
}

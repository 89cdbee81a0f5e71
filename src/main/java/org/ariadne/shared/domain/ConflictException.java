package org.ariadne.shared.domain;

/** The change cannot be made in the current state (e.g. a source that footnotes still cite). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}

package org.ariadne.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Root of the exceptions a use case raises on purpose. They roll the transaction back and reach the caller
 * unwrapped, so the web and REST layers can say precisely what went wrong.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}

package org.ariadne.claims.domain;

import org.ariadne.shared.domain.NotFoundException;

/** The claim named does not exist. */
public class ClaimNotFoundException extends NotFoundException {

    public ClaimNotFoundException(Object id) {
        super("Claim", id);
    }
}

package org.ariadne.catalog.domain;

import org.ariadne.shared.domain.NotFoundException;

public class SourceNotFoundException extends NotFoundException {

    public SourceNotFoundException(Object id) {
        super("Source", id);
    }
}

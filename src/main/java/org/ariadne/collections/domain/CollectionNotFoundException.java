package org.ariadne.collections.domain;

import org.ariadne.shared.domain.NotFoundException;

public class CollectionNotFoundException extends NotFoundException {

    public CollectionNotFoundException(Object id) {
        super("Collection", id);
    }
}

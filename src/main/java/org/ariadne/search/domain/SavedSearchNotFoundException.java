package org.ariadne.search.domain;

import org.ariadne.shared.domain.NotFoundException;

/** No saved search by that id, or none the caller may see (another user's is not told apart from a missing one). */
public class SavedSearchNotFoundException extends NotFoundException {

    public SavedSearchNotFoundException(Object id) {
        super("Saved search", id);
    }
}

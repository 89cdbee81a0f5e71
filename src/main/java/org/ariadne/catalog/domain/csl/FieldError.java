package org.ariadne.catalog.domain.csl;

import java.util.Objects;

/**
 * One problem with one field of a CSL-JSON item, for a librarian to act on.
 *
 * @param field   where: the variable and the path inside it, e.g. {@code author[1].family} or
 *                {@code issued.date-parts[0][1]} (indexes count from 0, as in JSON Pointer); "" for the item itself
 * @param message what is wrong and what would be right, in plain words
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

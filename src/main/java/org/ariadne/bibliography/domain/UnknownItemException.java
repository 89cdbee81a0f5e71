package org.ariadne.bibliography.domain;

/** A cite that names an item the caller did not supply. */
public class UnknownItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String itemId;

    public UnknownItemException(String itemId) {
        super("No item with id '" + itemId + "' was given");
        this.itemId = itemId;
    }

    public String itemId() {
        return itemId;
    }
}

package org.ariadne.bibliography.domain;

/** A style id that is neither a bundled style nor a registered custom one. */
public class UnknownStyleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String styleId;

    public UnknownStyleException(String styleId) {
        super("No CSL style with id '" + styleId + "'");
        this.styleId = styleId;
    }

    public String styleId() {
        return styleId;
    }
}

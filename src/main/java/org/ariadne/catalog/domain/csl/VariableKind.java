package org.ariadne.catalog.domain.csl;

/** What shape of value a CSL variable holds. */
public enum VariableKind {
    /** An array of name objects ({@code family}, {@code given}, {@code literal}, ...). */
    NAME,
    /** A date object ({@code date-parts}, {@code literal}, {@code raw}, ...). */
    DATE,
    /** A number or a string (page ranges, "2nd", "IV"): CSL's number variables, and {@code id}. */
    NUMBER,
    /** A string. */
    STRING,
    /** A known variable with a shape of its own: {@code categories} (array of strings) and {@code custom} (object). */
    STRUCTURED,
    /** Not a CSL variable: allowed and kept as given, but not interpreted. */
    UNKNOWN
}

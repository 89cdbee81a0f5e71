package org.ariadne.catalog.domain.csl;

/** How closely two names agree. */
public enum NameMatch {
    /** Same authority key: the same name, written perhaps with other case, accents, punctuation or spacing. */
    EXACT,
    /** Could be the same person: same family name, given names that agree as far as both go ("S." and "Stephen"). */
    COMPATIBLE,
    /** Not the same name. */
    DIFFERENT
}

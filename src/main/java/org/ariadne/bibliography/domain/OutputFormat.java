package org.ariadne.bibliography.domain;

/** The markup a rendered note or bibliography entry is returned in. */
public enum OutputFormat {
    TEXT,
    HTML,
    RTF,
    ASCIIDOC
}

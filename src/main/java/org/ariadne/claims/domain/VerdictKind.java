package org.ariadne.claims.domain;

import java.util.Locale;

/** A reviewer's verdict on a claim. On the wire: {@code verified}, {@code disputed}, {@code needs-source}. */
public enum VerdictKind {
    VERIFIED, DISPUTED, NEEDS_SOURCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict for its wire name; {@link IllegalArgumentException} for anything else. */
    public static VerdictKind fromWireName(String name) {
        for (VerdictKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown verdict: " + name);
    }
}

package org.ariadne.claims.domain;

import java.util.Locale;

/** What a citation does for its claim. On the wire: {@code supports}, {@code disputes}, {@code mentions}. */
public enum Stance {
    SUPPORTS, DISPUTES, MENTIONS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stance for its wire name; {@link IllegalArgumentException} for anything else. */
    public static Stance fromWireName(String name) {
        for (Stance stance : values()) {
            if (stance.wireName().equals(name)) {
                return stance;
            }
        }
        throw new IllegalArgumentException("unknown stance: " + name);
    }
}

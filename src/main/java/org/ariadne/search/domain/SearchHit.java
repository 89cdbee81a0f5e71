package org.ariadne.search.domain;

/**
 * One hit. {@code id} is the source's or the claim's id; a footnote's hit carries the id of the source it stands
 * in and its {@code number}. {@code snippet} is plain text; {@code highlight} is the same passage with the matched
 * words between {@link #MARK_START} and {@link #MARK_END}. {@code passage} is the matched passage of an archived
 * text (plain, as found in it), when the match is in the text.
 */
public record SearchHit(HitKind kind, String id, String title, String snippet, String highlight, Integer number,
                        String passage, Integer year, String status) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}

package org.ariadne.footnotes.domain;

import java.util.Map;

/**
 * One work cited by a note, as the note gives it.
 *
 * @param work    the cited work as a CSL-JSON item; null for ibid. and id. (they name no work); for op. cit. and short
 *                forms only what the note gives (author, short title...), to be resolved against earlier notes
 * @param locator the place in the work without its label word ("17-18"), or null
 * @param label   the CSL locator term of the locator ("page", "paragraph", ...), or null without a locator
 * @param kind    how the note cites the work
 */
public record NoteCitation(Map<String, Object> work, String locator, String label, Kind kind) {

    /** The forms a citation in a note can take. */
    public enum Kind {
        /** A full reference to the work. */
        FULL,
        /** "Ibid.": the work of the previous citation. */
        IBID,
        /** "Id." (legal): like ibid. */
        ID,
        /** "Author, op. cit.": the earlier work of that author. */
        OP_CIT,
        /** Author and short title (or author and year): an earlier full reference. */
        SHORT
    }
}

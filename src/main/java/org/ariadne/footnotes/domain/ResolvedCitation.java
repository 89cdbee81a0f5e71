package org.ariadne.footnotes.domain;

/**
 * A citation of a note, resolved to a work of the text.
 *
 * @param workIndex the cited work's {@link CitedWork#index()}
 * @param locator   the place in the work, without its label word, or null
 * @param label     the CSL locator term ("page", "paragraph", ...), or null
 * @param ibid      true when the note said "Ibid." or "Id."
 * @param shortForm true when the note gave a short form (short title, author-date or op. cit.)
 */
public record ResolvedCitation(int workIndex, String locator, String label, boolean ibid, boolean shortForm) {
}

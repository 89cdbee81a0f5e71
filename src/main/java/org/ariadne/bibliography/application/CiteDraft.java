package org.ariadne.bibliography.application;

/**
 * One cited item of a note, as a client asked for it.
 *
 * @param field          where it stands in the request ("citations[2]", "citations[3][0]"), to name in problems
 * @param source         id of the catalogued source
 * @param locator        the pinpoint, null for none
 * @param label          the CSL locator term ("page", "chapter"...), null for page
 * @param prefix         text before the cite, null for none
 * @param suffix         text after the cite, null for none
 * @param suppressAuthor whether the author is left out
 */
public record CiteDraft(String field, long source, String locator, String label, String prefix, String suffix,
                        boolean suppressAuthor) {
}

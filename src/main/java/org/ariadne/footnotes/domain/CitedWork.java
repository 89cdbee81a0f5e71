package org.ariadne.footnotes.domain;

import java.util.Map;

/**
 * A distinct work cited in a text.
 *
 * @param index its position in {@link FootnoteAnalysis#works()} (from 0), referred to by {@link ResolvedCitation#workIndex()}
 * @param csl   the work as a CSL-JSON item (no "id": the catalogue gives it one)
 */
public record CitedWork(int index, Map<String, Object> csl) {
}

/**
 * The claims domain logic, plain Java with no container and no database.
 *
 * <ul>
 *   <li>{@link org.ariadne.claims.domain.QuoteAnchoring} / {@link org.ariadne.claims.domain.AnchorableText}:
 *       find a writer's quote in an archived text and re-find it after the text changed
 *       ({@link org.ariadne.claims.domain.QuoteAnchor}, offsets in UTF-16 code units).</li>
 *   <li>{@link org.ariadne.claims.domain.FootnotePlacement} and {@link org.ariadne.claims.domain.Paragraphs}:
 *       which footnotes belong to a quoted passage; the paragraph around an offset.</li>
 *   <li>{@link org.ariadne.claims.domain.TraceBuilder}: a claim's trace over the
 *       {@link org.ariadne.claims.domain.TraceSources} port; its result records
 *       ({@link org.ariadne.claims.domain.Trace} and below) map one-to-one onto the trace JSON of the API.</li>
 *   <li>{@link org.ariadne.claims.domain.ClaimStatus#derive}: a claim's status from stances and verdicts.</li>
 * </ul>
 */
package org.ariadne.claims.domain;

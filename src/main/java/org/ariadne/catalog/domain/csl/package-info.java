/**
 * CSL-JSON knowledge for the catalogue, in plain Java: a source is one CSL-JSON item held as a Map tree
 * (LinkedHashMap, List, String, Number, Boolean, null), converted to and from JSON outside this package.
 *
 * <ul>
 *   <li>{@link org.ariadne.catalog.domain.csl.CslItemValidator} — field errors for a 400 problem ({@code errors[].field}).</li>
 *   <li>{@link org.ariadne.catalog.domain.csl.CslItems} — title, type, names, dates, normal identifiers, deep copy,
 *       canonical form; the item itself is never rewritten.</li>
 *   <li>{@link org.ariadne.catalog.domain.csl.PersonName}, {@link org.ariadne.catalog.domain.csl.CslDate} — names and
 *       dates for display, sorting and matching.</li>
 *   <li>{@link org.ariadne.catalog.domain.csl.DuplicateKey}, {@link org.ariadne.catalog.domain.csl.MatchKeys} — keys for
 *       duplicates on import and for matching footnote citations to catalogued works.</li>
 * </ul>
 * Everything here is immutable or stateless, thread-safe, and never throws on malformed input (only the documented
 * {@code IllegalArgumentException}s of builders such as {@code CslDate.ofParts} and of copying a self-referencing tree).
 */
package org.ariadne.catalog.domain.csl;

package org.ariadne.catalog.domain;

/**
 * Implemented by the modules that point at sources (footnotes, claims), so that a source still cited is not
 * deleted. The catalogue asks every implementation before it removes a source.
 */
public interface SourceUsage {

    /** How many things of this module cite the source, and in plain words what they are; empty if none. */
    String describeUsesOf(long sourceId);
}

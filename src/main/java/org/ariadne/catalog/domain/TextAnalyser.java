package org.ariadne.catalog.domain;

/**
 * Implemented by the module that reads archived texts (footnotes): called in the archiving transaction, so a text
 * and what was found in it are stored together or not at all.
 */
public interface TextAnalyser {

    /** Analyses the newly archived text of the source and returns how many footnotes it holds. */
    int analyse(Source source, String text, String mediaType);
}

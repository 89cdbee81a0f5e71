package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.Source;

import java.util.Collection;
import java.util.List;

/**
 * Bulk reads and writes for an import of many entries: the catalogued works that share a DOI, an ISBN or a title key
 * with any entry, in a few queries instead of three per entry; and a way to write what was catalogued so far and let
 * go of it, so that a long import keeps a small persistence context.
 */
public interface CatalogueIndex {

    /** The catalogued works whose DOI, ISBN or title key is one of those given, each once, in catalogue order. */
    List<Source> sharingAnyOf(Collection<String> dois, Collection<String> isbns, Collection<String> titleKeys);

    /** Writes the pending changes of this transaction and forgets the entities read or written so far. */
    void writeAndForget();
}

package org.ariadne.catalog.domain.csl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifiers of an item in normal form, derived for look-up and matching; the item itself keeps what was entered.
 *
 * @param doi   lower-case bare DOI, "10.1000/abc"
 * @param isbns ISBN-13s, in the order of the ISBN field
 * @param issn  the first ISSN, "0378-5955"
 * @param url   URL with lower-case scheme and host
 */
public record NormalizedIdentifiers(Optional<String> doi, List<String> isbns, Optional<String> issn, Optional<String> url) {

    public NormalizedIdentifiers {
        Objects.requireNonNull(doi, "doi");
        isbns = List.copyOf(isbns);
        Objects.requireNonNull(issn, "issn");
        Objects.requireNonNull(url, "url");
    }
}

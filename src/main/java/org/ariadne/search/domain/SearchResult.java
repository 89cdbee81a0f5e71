package org.ariadne.search.domain;

import java.util.List;
import java.util.Map;

/** A page of hits, the total, and the counts per value of each facet (in the order of their counts). */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
}

package org.ariadne.catalog.domain;

import java.util.List;

/** One page of sources and how many match in all. */
public record SourcePage(long total, List<Source> items) {
}

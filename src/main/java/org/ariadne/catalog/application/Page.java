package org.ariadne.catalog.application;

import java.util.List;

/** One page of results and the total number of matches. */
public record Page<T>(long total, List<T> items) {
}

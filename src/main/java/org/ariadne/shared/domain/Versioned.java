package org.ariadne.shared.domain;

/** A value with the version of the aggregate it came from (null once the aggregate is deleted), for ETags. */
public record Versioned<T>(T value, Long version) {
}

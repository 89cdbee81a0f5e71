package org.ariadne.claims.domain;

/** {@code {"id": .., "text": ..}}: the claim at the root of a trace. */
public record ClaimRef(String id, String text) {
}

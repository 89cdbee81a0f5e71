package org.ariadne.shared.domain;

/** One field that a revision changed: its value before (null if it had none) and after (null if it lost it). */
public record FieldChange(String field, String before, String after) {
}

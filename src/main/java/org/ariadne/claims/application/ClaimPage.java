package org.ariadne.claims.application;

import java.util.List;

/** One page of a claims query and how many claims it has in all. */
public record ClaimPage(long total, List<ClaimRecord> items) {
}

package org.ariadne.claims.web;

import java.io.Serializable;

/** One node of the trace tree on the claim page: what it says, and the source it links to (null if none). */
public record TraceNode(String label, String sourceId, String detail, boolean problem) implements Serializable {
}

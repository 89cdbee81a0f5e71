package org.ariadne.bibliography.domain;

import java.util.List;

/** The locator terms of CSL 1.0.2: what a pinpoint ("17-18") counts in. */
public final class LocatorLabels {

    public static final List<String> ALL = List.of("act", "appendix", "article-locator", "book", "canon", "chapter",
            "column", "elocation", "equation", "figure", "folio", "issue", "line", "note", "opus", "page",
            "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement", "table", "timestamp",
            "title-locator", "verse", "version", "volume");

    private LocatorLabels() {
    }

    public static boolean isKnown(String label) {
        return ALL.contains(label);
    }
}

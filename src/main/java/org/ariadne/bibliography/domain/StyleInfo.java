package org.ariadne.bibliography.domain;

import java.util.List;

/**
 * What the catalogue tells about one CSL style.
 *
 * @param id        short id, the file name of the style without ".csl" ("apa", "chicago-notes-bibliography")
 * @param title     the style's title
 * @param fields    the disciplines the style declares ("history", "law", ...)
 * @param dependent whether the style only points to a parent style for its rules
 * @param parent    the short id of the parent of a dependent style, empty for an independent one
 */
public record StyleInfo(String id, String title, List<String> fields, boolean dependent, String parent) {

    public StyleInfo {
        fields = List.copyOf(fields);
        parent = parent == null ? "" : parent;
    }
}

package org.ariadne.bibliography.application;

import org.ariadne.bibliography.domain.OutputFormat;

import java.util.Objects;

/**
 * How to render: the style's id, the locale (null or blank for the style's default) and the markup.
 */
public record RenderOptions(String style, String locale, OutputFormat format) {

    public RenderOptions {
        Objects.requireNonNull(format, "format");
    }
}

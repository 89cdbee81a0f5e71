package org.ariadne.footnotes.domain;

import java.util.Locale;
import java.util.Optional;

/** The formats an archived text can have; each has its own footnote syntax. */
public enum TextFormat {
    PLAIN, MARKDOWN, HTML;

    /**
     * The format of a media type such as {@code text/html;charset=utf-8} (parameters and case are ignored).
     *
     * @throws IllegalArgumentException naming the media type when it is not a text format Ariadne archives
     */
    public static TextFormat fromMediaType(String mediaType) {
        return findByMediaType(mediaType).orElseThrow(() -> new IllegalArgumentException(
                "The media type \"" + mediaType + "\" is not text/plain, text/markdown or text/html."));
    }

    /** Like {@link #fromMediaType(String)}, empty instead of an exception for an unsupported or missing type. */
    public static Optional<TextFormat> findByMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String essence = (semicolon >= 0 ? mediaType.substring(0, semicolon) : mediaType).strip().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "text/plain" -> Optional.of(PLAIN);
            case "text/markdown", "text/x-markdown" -> Optional.of(MARKDOWN);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}

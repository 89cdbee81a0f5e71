package org.ariadne.bibliography.infrastructure;

/**
 * Fired once the start-up warm-up has built the engines of {@code style} and {@code locale} and rendered made-up
 * entries with them, so that warm-ups of the paths around the engine can follow without competing with it for the
 * processor.
 */
public record RendererWarmedUp(String style, String locale) {
}

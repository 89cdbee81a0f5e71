package org.ariadne.shared.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json.createXxx} asks the service loader for a provider on
 * every call, which in WildFly scans the deployment's class loaders: profiling put that at a tenth of archiving a
 * text and of rendering a source as JSON. Use {@code JSON.createXxx} instead.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}

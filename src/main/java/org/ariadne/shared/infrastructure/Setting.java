package org.ariadne.shared.infrastructure;

import java.util.Optional;

/**
 * A setting of the deployment, given as a system property (for tests and {@code standalone.sh -D...}) or, failing
 * that, as an environment variable (the README's table of {@code ARIADNE_*} variables). A blank value counts as not
 * given; a given one is stripped.
 */
public final class Setting {

    private Setting() {
    }

    public static Optional<String> of(String systemProperty, String environmentVariable) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

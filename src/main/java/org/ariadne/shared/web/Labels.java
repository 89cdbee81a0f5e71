package org.ariadne.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * Machine names as the pages show them. A field of a record's history or of the merge view ({@code container-title},
 * {@code citation 2}) or a CSL name role ({@code container-author}) reads as a label: the bundle's
 * {@code field.<name>} where the catalogue's own forms call it something else ("Published in"), otherwise the name
 * as a sentence ("Container author"). Names in capitals (DOI, URL) stay as they are. Lists of names (roles, tags,
 * subject headings) read as one sorted line.
 */
@Named
@ApplicationScoped
public class Labels {

    private static final String BUNDLE = "i18n.messages";

    /** The label of a field or role name; empty for none. */
    public String field(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("field." + name);
        } catch (MissingResourceException e) {
            return sentence(name);
        }
    }

    /** Several values, sorted, as one line: "admin, librarian". */
    public String join(Collection<String> values) {
        return values == null ? "" : String.join(", ", new TreeSet<>(values));
    }

    private static String sentence(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        String words = name.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.ariadne.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslItemType;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/** Small display helpers for source pages. */
@Named
@ApplicationScoped
public class SourceFormat {

    public String typeLabel(String type) {
        return CslItemType.fromCsl(type).map(CslItemType::label).orElse(type);
    }

    /** A CSL name role as a label: "author" becomes "Author", "container-author" "Container author". */
    public String roleLabel(String role) {
        if (role == null || role.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(role.charAt(0)) + role.substring(1).replace('-', ' ').replace('_', ' ');
    }

    @SuppressWarnings("unchecked")
    public String issued(SourceRecord source) {
        Object issued = source.item().get("issued");
        if (issued instanceof Map<?, ?> map) {
            return CslDate.of((Map<String, ?>) map).map(CslDate::display).orElse("");
        }
        return "";
    }

    public String join(Collection<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }
}

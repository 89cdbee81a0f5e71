package org.ariadne.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslItemType;

import java.util.Map;

/** Small display helpers for source pages. */
@Named
@ApplicationScoped
public class SourceFormat {

    public String typeLabel(String type) {
        return CslItemType.fromCsl(type).map(CslItemType::label).orElse(type);
    }

    @SuppressWarnings("unchecked")
    public String issued(SourceRecord source) {
        Object issued = source.item().get("issued");
        if (issued instanceof Map<?, ?> map) {
            return CslDate.of((Map<String, ?>) map).map(CslDate::display).orElse("");
        }
        return "";
    }
}

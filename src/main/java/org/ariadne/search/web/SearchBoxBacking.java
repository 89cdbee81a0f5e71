package org.ariadne.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.search.application.SearchService;
import org.primefaces.event.SelectEvent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search box on every page: suggestions of sources, people and claims as one types (each item is
 * {@code kind|id|label}); choosing one opens it, Enter opens the results page.
 */
@Named
@RequestScoped
public class SearchBoxBacking {

    private static final int SUGGESTIONS = 8;

    @Inject
    SearchService search;

    private String query;

    public List<String> complete(String prefix) {
        if (prefix == null || prefix.length() > 200) {
            return List.of();
        }
        return search.suggest(prefix, SUGGESTIONS).stream()
                .map(s -> s.kind().wireName() + "|" + s.id() + "|" + s.label()).toList();
    }

    /** What the box shows for a suggestion: its label, after the kind. */
    public String labelOf(String item) {
        String[] parts = split(item);
        return parts == null ? item : parts[2];
    }

    /** The kind of a suggestion, for its badge. */
    public String kindOf(String item) {
        String[] parts = split(item);
        return parts == null ? "" : parts[0];
    }

    public void open(SelectEvent<String> event) throws IOException {
        String[] parts = split(event.getObject());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (parts == null) {
            external.redirect(resultsUrl(external, event.getObject()));
            return;
        }
        switch (parts[0]) {
            case "source" -> external.redirect(external.getRequestContextPath() + "/sources/" + parts[1]);
            case "claim" -> external.redirect(external.getRequestContextPath() + "/claims/" + parts[1]);
            default -> external.redirect(resultsUrl(external, "\"" + parts[2] + "\""));
        }
    }

    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String[] parts = split(query);
        external.redirect(resultsUrl(external, parts == null ? query : parts[2]));
    }

    private static String resultsUrl(ExternalContext external, String q) {
        return external.getRequestContextPath() + "/search/results.xhtml?q="
                + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8);
    }

    private static String[] split(String item) {
        if (item == null) {
            return null;
        }
        String[] parts = item.split("\\|", 3);
        return parts.length == 3 && (parts[0].equals("source") || parts[0].equals("claim")
                || parts[0].equals("person")) && parts[1].matches("\\d+") ? parts : null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

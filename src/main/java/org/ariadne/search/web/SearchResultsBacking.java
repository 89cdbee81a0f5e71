package org.ariadne.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.search.application.SearchService;
import org.ariadne.search.domain.SearchHit;
import org.ariadne.search.domain.SearchParameters;
import org.ariadne.search.domain.SearchRequest;
import org.ariadne.search.domain.SearchResult;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results page: every parameter of {@code GET /api/search} in its address, so a search is a link one can
 * keep; facets and sort orders are links that change one parameter and go back to the first page.
 */
@Named
@RequestScoped
public class SearchResultsBacking {

    @Inject
    SearchService search;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private SearchRequest request;
    private SearchResult result;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> given = faces.getExternalContext().getRequestParameterMap();
        for (String name : SearchParameters.NAMES) {
            String value = given.get(name);
            if (value != null && !value.isBlank()) {
                parameters.put(name, value);
            }
        }
        try {
            request = SearchParameters.parse(parameters);
            result = search.search(request);
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage("search-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        problem.message(), null));
            }
            result = new SearchResult(0, List.of(), Map.of());
        }
    }

    public SearchResult getResult() {
        return result;
    }

    public String getQ() {
        return parameters.getOrDefault("q", "");
    }

    public int getPage() {
        return request == null ? 0 : request.page();
    }

    public int getPages() {
        return request == null ? 0 : (int) Math.min(10_000, (result.total() + request.size() - 1) / request.size());
    }

    public boolean isActive(String name, String value) {
        return value.equals(parameters.get(name));
    }

    /** The facets to show, each as its values with counts, without the empty ones. */
    public List<Map.Entry<String, Map<String, Long>>> getFacets() {
        List<Map.Entry<String, Map<String, Long>>> facets = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> facet : result.facets().entrySet()) {
            if (!facet.getValue().isEmpty() && !facet.getKey().equals("year")) {
                facets.add(facet);
            }
        }
        return facets;
    }

    public List<Map.Entry<String, Long>> values(Map<String, Long> counts) {
        return new ArrayList<>(counts.entrySet());
    }

    /** The years found, oldest first, for the year range. */
    public String getYearSpan() {
        Map<String, Long> years = result.facets().getOrDefault("year", Map.of());
        if (years.isEmpty()) {
            return "";
        }
        List<Integer> found = years.keySet().stream().map(Integer::valueOf).sorted().toList();
        return found.get(0) + "–" + found.get(found.size() - 1);
    }

    /** This search with one parameter set (or removed, when {@code value} is empty), from its first page. */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove("page");
        if (value == null || value.isEmpty() || value.equals(parameters.get(name))) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return address(changed);
    }

    public String pageLink(int page) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put("page", String.valueOf(page));
        return address(changed);
    }

    public String hitLink(SearchHit hit) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return switch (hit.kind()) {
            case SOURCE -> context + "/sources/" + hit.id();
            case CLAIM -> context + "/claims/" + hit.id();
            default -> context + "/footnotes/review.xhtml?source=" + hit.id();
        };
    }

    public String passageLink(SearchHit hit) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/search/passage.xhtml?source=" + hit.id() + "&passage="
                + URLEncoder.encode(hit.passage(), StandardCharsets.UTF_8) + "#passage";
    }

    /** A highlighted snippet as pieces, every other one marked: rendered without trusting any HTML in it. */
    public List<String> pieces(String highlight) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char c : highlight.toCharArray()) {
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static String address(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/search/results.xhtml" + query;
    }
}

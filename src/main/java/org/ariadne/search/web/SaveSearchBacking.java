package org.ariadne.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.search.application.SavedSearchRecord;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.search.domain.SearchParameters;
import org.ariadne.shared.domain.DomainException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * "Save this search" on the results page: the search travels in a hidden field as the page's own query string
 * (without its page), so that the post keeps exactly the search that was shown.
 */
@Named
@RequestScoped
public class SaveSearchBacking {

    static final String NAME_FIELD = "save-search:saved-name";

    @Inject
    SavedSearchService saved;

    private String name;
    private String query;
    private SavedSearchRecord savedAs;

    /** The search shown: the results page's parameters, without paging. */
    public String getQuery() {
        if (query == null) {
            Map<String, String> given = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            Map<String, String> search = new LinkedHashMap<>();
            for (String parameter : SearchParameters.NAMES) {
                String value = given.get(parameter);
                if (value != null && !value.isBlank() && !parameter.equals("page") && !parameter.equals("size")) {
                    search.put(parameter, value);
                }
            }
            query = SearchParameters.toQueryString(search);
        }
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            savedAs = saved.create(name, SearchParameters.fromQueryString(query));
            ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(NAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(messages.getString("search.saved.done"), savedAs.name()), null));
            name = null;
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage(NAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            faces.validationFailed();
        } catch (DomainException e) {
            faces.addMessage(NAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** The search just saved, if any, for the link to it. */
    public SavedSearchRecord getSavedAs() {
        return savedAs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

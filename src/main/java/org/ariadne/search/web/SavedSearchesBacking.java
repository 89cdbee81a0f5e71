package org.ariadne.search.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.Page;
import org.ariadne.search.application.SavedSearchRecord;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.shared.domain.DomainException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The page of one's saved searches ({@code /search/saved.xhtml}): each opens its results again (live), opens the
 * bibliography builder with its sources, is renamed or deleted. An administrator may list everyone's.
 */
@Named
@ViewScoped
public class SavedSearchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RENAME_FIELD = "saved:rename-name";

    @Inject
    SavedSearchService saved;

    private final LazyDataModel<SavedSearchRecord> model = new SavedSearchModel();
    private boolean everyone;
    private SavedSearchRecord renaming;
    private String newName;

    public LazyDataModel<SavedSearchRecord> getModel() {
        return model;
    }

    /** Starts renaming one: the rename field shows its current name. */
    public void startRenaming(SavedSearchRecord search) {
        renaming = search;
        newName = search.name();
    }

    public void cancelRenaming() {
        renaming = null;
        newName = null;
    }

    public void rename() {
        if (renaming == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            saved.update(renaming.id(), renaming.version(), newName, null);
            cancelRenaming();
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage(RENAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            faces.validationFailed();
        } catch (DomainException e) {
            faces.addMessage(RENAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public void delete(SavedSearchRecord search) {
        try {
            saved.delete(search.id(), search.version());
            if (renaming != null && renaming.id() == search.id()) {
                cancelRenaming();
            }
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** The results page with the saved search's parameters: it runs again, on what the catalogue holds now. */
    public String resultsLink(SavedSearchRecord search) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/search/results.xhtml?" + search.queryString();
    }

    public String bibliographyLink(SavedSearchRecord search) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/bibliography/build.xhtml?savedSearch=" + search.id();
    }

    /** The search in words: its parameters as {@code name: value}, the words first. */
    public String describe(SavedSearchRecord search) {
        StringBuilder text = new StringBuilder();
        search.search().forEach((name, value) -> text.append(text.isEmpty() ? "" : " · ")
                .append(name.equals("q") ? "" : name + ": ").append(value));
        return text.toString();
    }

    public SavedSearchRecord getRenaming() {
        return renaming;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isEveryone() {
        return everyone;
    }

    public void setEveryone(boolean everyone) {
        this.everyone = everyone;
    }

    private class SavedSearchModel extends LazyDataModel<SavedSearchRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, null).total();
        }

        @Override
        public List<SavedSearchRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            Page<SavedSearchRecord> page = page(first, pageSize, sortBy);
            setRowCount((int) page.total());
            return page.items();
        }

        private Page<SavedSearchRecord> page(int first, int pageSize, Map<String, SortMeta> sortBy) {
            String sort = "name";
            boolean descending = false;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta meta = sortBy.values().iterator().next();
                sort = meta.getField();
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            int size = Math.max(1, Math.min(pageSize, 500));
            return saved.list(everyone ? "*" : null, sort, descending, first / size, size);
        }

        @Override
        public String getRowKey(SavedSearchRecord search) {
            return String.valueOf(search.id());
        }

        @Override
        public SavedSearchRecord getRowData(String rowKey) {
            return saved.get(Long.parseLong(rowKey));
        }
    }
}

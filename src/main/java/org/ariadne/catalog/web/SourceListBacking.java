package org.ariadne.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue table: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class SourceListBacking implements Serializable {

    @Inject
    SourceService sources;

    private final LazyDataModel<SourceRecord> model = new SourceModel();
    private String filter;
    private String type;
    private List<SourceRecord> selection = new ArrayList<>();
    private SourceQuery.Sort sort = SourceQuery.Sort.ID;
    private boolean descending;

    public List<SourceRecord> getSelection() {
        return selection;
    }

    /**
     * Keeps each source once: the header's "select all" of a lazy table walks every row index over the one page
     * it has loaded, so it hands the same records over again.
     */
    public void setSelection(List<SourceRecord> selection) {
        Map<Long, SourceRecord> byId = new LinkedHashMap<>();
        if (selection != null) {
            selection.forEach(source -> byId.putIfAbsent(source.id(), source));
        }
        this.selection = new ArrayList<>(byId.values());
    }

    /** Opens the merge view for the two selected sources, the older one (lower id) as the survivor. */
    public String mergeSelected() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selection.size() != 2) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    faces.getApplication().getResourceBundle(faces, "msg").getString("merge.selectTwo"), null));
            return null;
        }
        long first = Math.min(selection.get(0).id(), selection.get(1).id());
        long second = Math.max(selection.get(0).id(), selection.get(1).id());
        return "/catalog/sources/merge?faces-redirect=true&survivor=" + first + "&loser=" + second;
    }

    public LazyDataModel<SourceRecord> getModel() {
        return model;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Every source the table shows across its pages: its filter, type and last sort (the first page, at most). */
    public SourceQuery getMatching() {
        return new SourceQuery(filter, type == null || type.isBlank() ? null : type, sort, descending, 0,
                SourceQuery.MAX_SIZE);
    }

    private SourceQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = SourceQuery.Sort.valueOf(meta.getField().toUpperCase(Locale.ROOT));
            descending = meta.getOrder() == SortOrder.DESCENDING;
        } else if (sortBy != null) {
            sort = SourceQuery.Sort.ID;
            descending = false;
        }
        int size = Math.max(1, Math.min(pageSize, SourceQuery.MAX_SIZE));
        return new SourceQuery(filter, type == null || type.isBlank() ? null : type, sort, descending,
                first / size, size);
    }

    private class SourceModel extends LazyDataModel<SourceRecord> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sources.list(query(0, 1, null)).total();
        }

        @Override
        public List<SourceRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            Page<SourceRecord> page = sources.list(query(first, pageSize, sortBy));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SourceRecord source) {
            return String.valueOf(source.id());
        }

        @Override
        public SourceRecord getRowData(String rowKey) {
            return sources.get(Long.parseLong(rowKey));
        }
    }
}

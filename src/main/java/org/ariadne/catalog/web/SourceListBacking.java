package org.ariadne.catalog.web;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue table: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class SourceListBacking implements Serializable {

    @Inject
    transient SourceService sources;

    private final LazyDataModel<SourceRecord> model = new SourceModel();
    private String filter;
    private String type;

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

    private SourceQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SourceQuery.Sort sort = SourceQuery.Sort.ID;
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = SourceQuery.Sort.valueOf(meta.getField().toUpperCase(Locale.ROOT));
            descending = meta.getOrder() == SortOrder.DESCENDING;
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

package org.ariadne.collections.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.collections.application.CollectionRecord;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.collections.domain.CollectionRepository;
import org.ariadne.shared.domain.DomainException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The collections page: the tree of collections; making, renaming, moving and deleting them; the sources of the
 * chosen one, a page at a time, to take out or to build a bibliography from.
 */
@Named
@ViewScoped
public class CollectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CollectionService collections;

    private TreeNode<CollectionRecord> root;
    private TreeNode<CollectionRecord> selectedNode;
    private List<CollectionRecord> all = List.of();
    private CollectionRecord selected;
    private String selectedId;
    private String newName;
    private String newParent;
    private String rename;
    private String moveTo;
    private boolean subcollections;
    private final LazyDataModel<SourceRecord> sources = new MemberModel();

    @PostConstruct
    void init() {
        reload();
    }

    /** Opens the collection named in the address ({@code ?id=}), when there is one. */
    public void open() {
        if (selectedId != null && !selectedId.isBlank()) {
            all.stream().filter(c -> String.valueOf(c.id()).equals(selectedId)).findFirst().ifPresent(this::select);
            reload();
        }
    }

    private void reload() {
        all = collections.all();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<CollectionRecord>> nodes = new HashMap<>();
        List<CollectionRecord> pending = new ArrayList<>(all);
        // parents before children: repeat until every collection hangs somewhere (a forest, so this ends)
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                CollectionRecord collection = iterator.next();
                TreeNode<CollectionRecord> parent = collection.parentId() == null ? root : nodes.get(collection.parentId());
                if (parent != null) {
                    TreeNode<CollectionRecord> node = new DefaultTreeNode<>(collection, parent);
                    node.setExpanded(true);
                    nodes.put(collection.id(), node);
                    iterator.remove();
                }
            }
            if (pending.size() == before) {
                break;
            }
        }
        if (selected != null) {
            selectedNode = nodes.get(selected.id());
            selected = selectedNode == null ? null : selectedNode.getData();
            if (selectedNode != null) {
                selectedNode.setSelected(true);
            }
        }
    }

    public void onSelect() {
        if (selectedNode != null) {
            select(selectedNode.getData());
        }
    }

    private void select(CollectionRecord collection) {
        selected = collection;
        rename = collection.name();
        moveTo = collection.parentId() == null ? "" : String.valueOf(collection.parentId());
    }

    public void create() {
        try {
            CollectionRecord created = collections.create(newName, id(newParent), List.of());
            select(created);
            newName = null;
            reload();
            info("collections.created", created.name());
        } catch (DomainException e) {
            problem(e, Map.of("name", "new-name", "parent", "new-parent"));
        }
    }

    public void renameSelected() {
        update(rename, false, null, Map.of("name", "rename"));
    }

    public void moveSelected() {
        update(null, true, id(moveTo), Map.of("parent", "move-to", "name", "move-to"));
    }

    private void update(String name, boolean move, Long parent, Map<String, String> fields) {
        if (selected == null) {
            return;
        }
        try {
            select(collections.update(selected.id(), selected.version(), name, move, parent));
            reload();
            info("collections.saved", selected.name());
        } catch (DomainException e) {
            problem(e, fields);
        }
    }

    public void deleteSelected() {
        if (selected == null) {
            return;
        }
        try {
            collections.delete(selected.id(), selected.version());
            info("collections.deleted", selected.name());
            selected = null;
            selectedNode = null;
            reload();
        } catch (DomainException e) {
            problem(e, Map.of());
        }
    }

    public void removeSource(long sourceId) {
        if (selected == null) {
            return;
        }
        try {
            select(collections.changeMembers(selected.id(), null, List.of(), List.of(sourceId)).collection());
            reload();
        } catch (DomainException e) {
            problem(e, Map.of());
        }
    }

    /** Collections a source list may go into, or a collection may move under: every one, by its path. */
    public List<CollectionRecord> getAll() {
        return all;
    }

    /** "Parent › Child" for pickers. */
    public String label(CollectionRecord collection) {
        StringBuilder label = new StringBuilder();
        collection.path().forEach(step -> label.append(step.name()).append(" › "));
        return label.append(collection.name()).toString();
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private void problem(DomainException e, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (InputProblem problem : invalid.problems()) {
                String component = problem.field() == null ? null : fields.get(problem.field());
                faces.addMessage(component == null ? null : "collections:" + component,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.validationFailed();
    }

    private static void info(String key, String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(bundle.getString(key).replace("{0}", name)));
    }

    private class MemberModel extends LazyDataModel<SourceRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selected == null ? 0 : (int) collections.sources(selected.id(), subcollections,
                    new CollectionRepository.SourceOrder("title", false), 0, 1).total();
        }

        @Override
        public List<SourceRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            if (selected == null) {
                setRowCount(0);
                return List.of();
            }
            String by = "title";
            boolean descending = false;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta meta = sortBy.values().iterator().next();
                by = meta.getField().toLowerCase(Locale.ROOT);
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            int size = Math.max(1, Math.min(pageSize, 5000));
            Page<SourceRecord> page = collections.sources(selected.id(), subcollections,
                    new CollectionRepository.SourceOrder(by, descending), first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SourceRecord source) {
            return String.valueOf(source.id());
        }

        @Override
        public SourceRecord getRowData(String rowKey) {
            return null;
        }
    }

    public TreeNode<CollectionRecord> getRoot() {
        return root;
    }

    public TreeNode<CollectionRecord> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<CollectionRecord> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public CollectionRecord getSelected() {
        return selected;
    }

    public String getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(String selectedId) {
        this.selectedId = selectedId;
    }

    public LazyDataModel<SourceRecord> getSources() {
        return sources;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public boolean isSubcollections() {
        return subcollections;
    }

    public void setSubcollections(boolean subcollections) {
        this.subcollections = subcollections;
    }

    /** Whether a collection is the one chosen (for the tree's highlight). */
    public boolean isSelected(CollectionRecord collection) {
        return selected != null && Objects.equals(selected.id(), collection.id());
    }
}

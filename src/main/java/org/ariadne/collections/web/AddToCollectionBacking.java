package org.ariadne.collections.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.collections.application.CollectionRecord;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.shared.domain.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/** The catalogue's "add the selected sources to a collection" picker. */
@Named
@ViewScoped
public class AddToCollectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CollectionService collections;

    private String target;
    private List<CollectionRecord> all;

    public List<CollectionRecord> getAll() {
        if (all == null) {
            all = collections.all();
        }
        return all;
    }

    public String label(CollectionRecord collection) {
        StringBuilder label = new StringBuilder();
        collection.path().forEach(step -> label.append(step.name()).append(" › "));
        return label.append(collection.name()).toString();
    }

    public void add(List<SourceRecord> selection) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (target == null || target.isBlank()) {
            faces.addMessage("sources:target", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("collections.pickOne"), null));
            return;
        }
        if (selection == null || selection.isEmpty()) {
            faces.addMessage("sources:target", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("collections.selectSources"), null));
            return;
        }
        try {
            CollectionService.Membership change = collections.changeMembers(Long.parseLong(target), null,
                    selection.stream().map(SourceRecord::id).toList(), List.of());
            all = null;
            faces.addMessage(null, new FacesMessage(bundle.getString("collections.added")
                    .replace("{0}", String.valueOf(change.added()))
                    .replace("{1}", change.collection().name())));
        } catch (DomainException | NumberFormatException e) {
            faces.addMessage("sources:target", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}

package org.ariadne.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.search.application.SearchService;
import org.ariadne.search.domain.ReindexProgress;

import java.util.ResourceBundle;

/** The administrator's page to rebuild the search index and follow its progress. */
@Named
@RequestScoped
public class ReindexBacking {

    @Inject
    SearchService search;

    private ReindexProgress progress;

    public ReindexProgress getProgress() {
        if (progress == null) {
            progress = search.progress();
        }
        return progress;
    }

    public void rebuild() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        boolean started = search.rebuild();
        faces.addMessage(null, new FacesMessage(started ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                bundle.getString(started ? "search.admin.started" : "search.admin.running"), null));
        progress = null;
    }
}

package org.ariadne.shared.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.StaleVersionException;
import org.ariadne.shared.domain.Versioned;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code /history.xhtml?kind=source&id=12}: every revision of a source, claim, contributor or footnote, newest
 * first, with who, when and field by field what changed; a restore button (with confirmation) for those who may
 * edit it. A footnote's id is {@code <source>:<number>}.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    @Inject
    @Any
    Instance<HistoryOf> histories;

    private String kind;
    private String id;
    private String title;
    private String page;
    private String restoringRole;
    private Long version;
    private List<RevisionView> revisions = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HistoryOf history = history();
        if (history == null || id == null || id.isBlank()) {
            notFound(faces);
            return;
        }
        try {
            Versioned<List<RevisionView>> found = history.revisions(id);
            List<RevisionView> newestFirst = new ArrayList<>(found.value());
            Collections.reverse(newestFirst);
            revisions = newestFirst;
            version = found.version();
            title = history.title(id);
            page = version == null ? null : history.page(id);
            restoringRole = history.restoringRole();
        } catch (NotFoundException | IllegalArgumentException e) {
            notFound(faces);
        }
    }

    /** Restores a revision as a new one, if nobody changed the aggregate since this page was loaded. */
    public void restore(long revision) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            if (version == null) {
                history().restoreDeleted(id, revision);
            } else {
                history().restore(id, revision, version);
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    msg.getString("history.restored").replace("{0}", String.valueOf(revision)), null));
        } catch (StaleVersionException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("history.stale"), null));
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            if (!isStale(e)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("history.stale"), null));
        }
        load();
    }

    private static boolean isStale(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause.getClass().getName().contains("StaleObjectState")) {
                return true;
            }
        }
        return false;
    }

    private HistoryOf history() {
        if (kind == null) {
            return null;
        }
        for (HistoryOf history : histories) {
            if (history.kind().equals(kind)) {
                return history;
            }
        }
        return null;
    }

    private static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, "No such history");
        faces.responseComplete();
    }

    /** The label of a revision's kind of change. */
    public String change(RevisionView view) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg")
                .getString("history.change." + view.revision().change().word());
    }

    /** Whether a revision can be restored: it did not delete, and the aggregate exists or can be made again. */
    public boolean restorable(RevisionView view) {
        return !view.fields().isEmpty() && (version != null || history().restoresDeleted());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getPage() {
        return page;
    }

    public String getRestoringRole() {
        return restoringRole;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }
}

package org.ariadne.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.ArchivedContent;
import org.ariadne.catalog.application.FixityService;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.catalog.domain.CslJson;
import org.ariadne.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;

/** The page of one source: its description, contributors, text fixity and the text itself. */
@Named
@ViewScoped
public class ViewSourceBacking implements Serializable {

    @Inject
    SourceService sources;

    @Inject
    FixityService fixity;

    private String id;
    private SourceRecord source;
    private String text;
    private String cslJson;
    private String fixityFailure;

    public void load() throws IOException {
        try {
            source = sources.get(Long.parseLong(id));
        } catch (SourceMergedException e) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/sources/" + e.survivor());
            FacesContext.getCurrentInstance().responseComplete();
            return;
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such source");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        cslJson = CslJson.toJson(source.item()).toString();
        if (source.text() != null) {
            fixityFailure = fixity.failuresOf(List.of(source.id())).get(source.id());
            try {
                ArchivedContent content = sources.readText(source.id());
                text = new String(content.bytes(), Charset.forName(content.charset()));
            } catch (NotFoundException e) {
                text = null; // the file is missing: the page says so through the fixity check
            }
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SourceRecord getSource() {
        return source;
    }

    public String getText() {
        return text;
    }

    /** What the last fixity check found wrong with the archived text; null if nothing. */
    public String getFixityFailure() {
        return fixityFailure;
    }

    public String getCslJson() {
        return cslJson;
    }

    public Object value(String variable) {
        return source == null ? null : source.item().get(variable);
    }
}

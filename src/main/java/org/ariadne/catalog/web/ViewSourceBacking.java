package org.ariadne.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.ArchivedContent;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.catalog.domain.CslJson;
import org.ariadne.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;

/** The page of one source: its description, contributors, text fixity and the text itself. */
@Named
@ViewScoped
public class ViewSourceBacking implements Serializable {

    @Inject
    transient SourceService sources;

    private String id;
    private SourceRecord source;
    private String text;
    private String cslJson;

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
            ArchivedContent content = sources.readText(source.id());
            text = new String(content.bytes(), Charset.forName(content.charset()));
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

    public String getCslJson() {
        return cslJson;
    }

    public Object value(String variable) {
        return source == null ? null : source.item().get(variable);
    }
}

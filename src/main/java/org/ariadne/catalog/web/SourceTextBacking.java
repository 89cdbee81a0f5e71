package org.ariadne.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.application.TextReceipt;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Upload or paste the text of a source; it is archived byte for byte and its SHA-256 shown. */
@Named
@ViewScoped
public class SourceTextBacking implements Serializable {

    @Inject
    SourceService sources;

    private String id;
    private SourceRecord source;
    private transient UploadedFile file;
    private String pasted;
    private String mediaType = "text/plain";

    public void load() {
        source = sources.get(Long.parseLong(id));
    }

    public String archive() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        byte[] bytes;
        String charset = "UTF-8";
        if (file != null && file.getSize() > 0) {
            bytes = file.getContent();
        } else if (pasted != null && !pasted.isEmpty()) {
            bytes = pasted.getBytes(StandardCharsets.UTF_8);
        } else {
            faces.addMessage("text:pasted", new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("text.empty"), null));
            faces.validationFailed();
            return null;
        }
        try {
            TextReceipt receipt = sources.archiveText(source.id(), bytes, mediaType, charset);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(MessageFormat.format(bundle.getString("text.archived"),
                    receipt.bytes(), receipt.sha256(), receipt.footnotes())));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/" + source.id());
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage("text:pasted", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            faces.validationFailed();
        }
        return null;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SourceRecord getSource() { return source; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public String getMediaType() { return mediaType; }
    public void setMediaType(String mediaType) { this.mediaType = mediaType; }
}

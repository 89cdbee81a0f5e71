package org.ariadne.exchange.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.exchange.application.ImportPreview;
import org.ariadne.exchange.application.ImportReport;
import org.ariadne.exchange.application.ImportService;
import org.ariadne.exchange.domain.ImportFormat;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The import wizard: a file uploaded or pasted, a dry run that lists what would be created and what is a duplicate,
 * then the import itself once the librarian confirms.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    @Inject
    ImportService imports;

    private String format = ImportFormat.BIBTEX.name();
    private transient UploadedFile file;
    private String pasted;
    private String text;
    private ImportPreview preview;
    private ImportReport report;

    public ImportFormat[] getFormats() {
        return ImportFormat.values();
    }

    /** Step one: read and check the file, and show what an import would do. */
    public String check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        preview = null;
        report = null;
        String read = read(faces, bundle);
        if (read == null) {
            return null;
        }
        try {
            preview = imports.preview(ImportFormat.valueOf(format), read);
            text = read;
        } catch (InvalidInputException e) {
            problems(faces, e);
        }
        return null;
    }

    /** Step two: import what was checked, as checked (duplicates reported, not created). */
    public String confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (text == null) {
            return null;
        }
        try {
            report = imports.importFile(ImportFormat.valueOf(format), text, false);
            faces.addMessage(null, new FacesMessage(MessageFormat.format(bundle.getString("import.done"),
                    report.created().size(), report.duplicates().size())));
            preview = null;
            text = null;
        } catch (InvalidInputException e) {
            problems(faces, e);
        } catch (ConflictException e) {
            // the index began to be rebuilt meanwhile: nothing was imported; the checked file stays, to confirm again
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        return null;
    }

    private String read(FacesContext faces, ResourceBundle bundle) {
        byte[] bytes = null;
        if (file != null && file.getSize() > 0) {
            bytes = file.getContent();
        } else if (pasted != null && !pasted.isBlank()) {
            bytes = pasted.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes == null) {
            faces.addMessage("import:pasted", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("import.empty"), null));
            faces.validationFailed();
            return null;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            faces.addMessage("import:pasted", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("import.notUtf8"), null));
            faces.validationFailed();
            return null;
        }
    }

    private static void problems(FacesContext faces, InvalidInputException e) {
        for (InputProblem problem : e.problems()) {
            String where = problem.line() == null ? "" : "Line " + problem.line() + ": ";
            faces.addMessage("import:pasted", new FacesMessage(FacesMessage.SEVERITY_ERROR, where + problem.message(), null));
        }
        faces.validationFailed();
    }

    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public ImportPreview getPreview() { return preview; }
    public ImportReport getReport() { return report; }
}

package org.ariadne.exchange.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.exchange.application.ExportService;
import org.ariadne.exchange.domain.ExportFormat;
import org.ariadne.exchange.domain.ExportTooLargeException;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue's export buttons: the ticked sources, or every source the table's filter matches (up to
 * {@link ExportService#MATCHING_LIMIT}), downloaded in the chosen format through the export API's own service.
 */
@Named
@ViewScoped
public class ExportSourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The component the page shows export messages next to. */
    static final String MESSAGE_FOR = "sources:export-format";

    @Inject
    ExportService exports;

    private String format = ExportFormat.BIBTEX.formatName();

    public ExportFormat[] getFormats() {
        return ExportFormat.values();
    }

    /** The limit of an export of everything matching, as the page's labels show it. */
    public String getLimitText() {
        return String.format(Locale.ENGLISH, "%,d", ExportService.MATCHING_LIMIT);
    }

    /** The ticked sources, in the order they were ticked; null (and a message) when none is ticked. */
    public StreamedContent selected(List<SourceRecord> selection) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selection == null || selection.isEmpty()) {
            error(faces, bundle(faces).getString("export.selectSources"));
            return null;
        }
        ExportFormat chosen = chosen(faces);
        if (chosen == null) {
            return null;
        }
        try {
            return file(chosen, exports.export(chosen, selection.stream().map(SourceRecord::id).toList()));
        } catch (InvalidInputException e) {
            // A ticked source was deleted meanwhile.
            error(faces, bundle(faces).getString("export.gone"));
            return null;
        }
    }

    /** Every source the table's filter and type match, in the table's order; null (and a message) if none or too many. */
    public StreamedContent matching(SourceQuery query) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExportFormat chosen = chosen(faces);
        if (chosen == null) {
            return null;
        }
        try {
            return file(chosen, exports.exportMatching(chosen, query));
        } catch (ExportTooLargeException e) {
            error(faces, MessageFormat.format(bundle(faces).getString("export.tooMany"), e.matching(), e.limit()));
        } catch (InvalidInputException e) {
            error(faces, bundle(faces).getString("export.nothingMatches"));
        }
        return null;
    }

    private ExportFormat chosen(FacesContext faces) {
        ExportFormat chosen = ExportFormat.named(format == null ? "" : format).orElse(null);
        if (chosen == null) {
            error(faces, bundle(faces).getString("export.pickFormat"));
        }
        return chosen;
    }

    private static StreamedContent file(ExportFormat format, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("ariadne." + format.extension())
                .contentType(format.mediaType() + ";charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public String label(ExportFormat format) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return bundle(faces).getString("export.format." + format.formatName().toLowerCase(Locale.ROOT));
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(MESSAGE_FOR, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}

package org.ariadne.footnotes.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.ArchivedContent;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.footnotes.application.CitationDraft;
import org.ariadne.footnotes.application.FootnoteRecord;
import org.ariadne.footnotes.application.FootnoteReview;
import org.ariadne.footnotes.application.FootnoteService;
import org.ariadne.footnotes.domain.Citation;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review page of a source's footnotes: the archived text with its markers beside the notes, and a librarian's
 * corrections of what a note cites, one note at a time.
 */
@Named
@ViewScoped
public class ReviewFootnotesBacking implements Serializable {

    /** A chosen work reads "Title (#12)"; a bare id is taken too. */
    private static final Pattern SOURCE_ID = Pattern.compile("(?:#|^)\\s*(\\d{1,18})\\)?\\s*$");
    private static final Pattern CITATION_FIELD = Pattern.compile("citations\\[(\\d+)]\\.(\\w+)");

    @Inject
    SourceService sources;

    @Inject
    FootnoteService footnotes;

    private String source;
    private long sourceId;
    private String title;
    private List<MarkedText.Segment> segments = List.of();
    private List<FootnoteRecord> notes = List.of();
    private Map<Long, String> titles = Map.of();
    private Integer editing;
    private List<CitationRow> rows = new ArrayList<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        SourceRecord record;
        try {
            record = sources.get(Long.parseLong(source));
        } catch (NumberFormatException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such source");
            faces.responseComplete();
            return;
        }
        sourceId = record.id();
        title = record.title();
        String text = null;
        if (record.text() != null) {
            ArchivedContent content = sources.readText(sourceId);
            text = new String(content.bytes(), Charset.forName(content.charset()));
        }
        refresh();
        segments = MarkedText.of(text, notes);
    }

    private void refresh() {
        FootnoteReview review = footnotes.review(sourceId);
        notes = review.notes();
        titles = review.citedTitles();
    }

    /** Opens the corrections of one note, its citations as they stand. */
    public void edit(int number) {
        editing = number;
        rows = new ArrayList<>();
        for (FootnoteRecord.CitationRecord c : note(number).citations()) {
            rows.add(new CitationRow(choice(c.source()), c.locator(), c.label(), c.quote()));
        }
        if (rows.isEmpty()) {
            rows.add(new CitationRow(null, null, "page", null));
        }
    }

    public void cancel() {
        editing = null;
        rows = new ArrayList<>();
    }

    public void addRow() {
        rows.add(new CitationRow(null, null, "page", null));
    }

    public void removeRow(CitationRow row) {
        rows.remove(row);
    }

    /** Saves the citations as the librarian states them; problems are shown next to their fields. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = bundle(faces);
        List<CitationDraft> drafts = new ArrayList<>();
        boolean unreadable = false;
        for (CitationRow row : rows) {
            row.clearErrors();
            Long id = idOf(row.getSource());
            if (id == null) {
                row.sourceError = msg.getString("footnotes.error.source");
                unreadable = true;
            }
            drafts.add(new CitationDraft(id, row.getLocator(), row.getLabel(), row.getQuote()));
        }
        if (unreadable) {
            faces.validationFailed();
            return;
        }
        if (correct(faces, editing, drafts)) {
            cancel();
        }
    }

    /** Saves a note's citations as they are, marking it corrected: the librarian vouches for what was found. */
    public void accept(int number) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<CitationDraft> drafts = note(number).citations().stream()
                .map(c -> new CitationDraft(c.source(), c.locator(), c.label(), c.quote()))
                .toList();
        if (correct(faces, number, drafts)) {
            cancel();
        }
    }

    private boolean correct(FacesContext faces, int number, List<CitationDraft> drafts) {
        try {
            footnotes.correct(sourceId, number, drafts);
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                Matcher field = problem.field() == null ? null : CITATION_FIELD.matcher(problem.field());
                if (field != null && field.matches() && Integer.parseInt(field.group(1)) < rows.size()
                        && Integer.valueOf(number).equals(editing)) {
                    CitationRow row = rows.get(Integer.parseInt(field.group(1)));
                    if ("label".equals(field.group(2))) {
                        row.labelError = problem.message();
                    } else {
                        row.sourceError = problem.message();
                    }
                } else {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
                }
            }
            faces.validationFailed();
            return false;
        }
        refresh();
        faces.addMessage(null, new FacesMessage(bundle(faces).getString("footnotes.saved")));
        return true;
    }

    /** Catalogued works whose title, creator or container has these words, as "Title (#id)". */
    public List<String> completeSource(String query) {
        return sources.list(new SourceQuery(query, null, SourceQuery.Sort.TITLE, false, 0, 12)).items().stream()
                .filter(s -> s.id() != sourceId)
                .map(s -> choice(s.id(), String.valueOf(s.item().getOrDefault("title", ""))))
                .toList();
    }

    private String choice(long id) {
        return choice(id, titleOf(id));
    }

    private static String choice(long id, String title) {
        return title + " (#" + id + ")";
    }

    static Long idOf(String choice) {
        if (choice == null) {
            return null;
        }
        Matcher m = SOURCE_ID.matcher(choice.strip());
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private FootnoteRecord note(int number) {
        return notes.stream().filter(n -> n.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Footnote", number + " of source " + sourceId));
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** The title of a cited work, or its id when it is no longer catalogued. */
    public String titleOf(long id) {
        return titles.getOrDefault(id, "#" + id);
    }

    public boolean isEditing(int number) {
        return editing != null && editing == number;
    }

    public List<String> getLabels() {
        return Citation.LABELS.stream().sorted().toList();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public List<MarkedText.Segment> getSegments() {
        return segments;
    }

    public List<FootnoteRecord> getNotes() {
        return notes;
    }

    public List<CitationRow> getRows() {
        return rows;
    }

    /** One citation as the librarian edits it. */
    public static final class CitationRow implements Serializable {
        private String source;
        private String locator;
        private String label;
        private String quote;
        private String sourceError;
        private String labelError;

        CitationRow(String source, String locator, String label, String quote) {
            this.source = source;
            this.locator = locator;
            this.label = label;
            this.quote = quote;
        }

        void clearErrors() {
            sourceError = null;
            labelError = null;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getLocator() {
            return locator;
        }

        public void setLocator(String locator) {
            this.locator = locator;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getQuote() {
            return quote;
        }

        public void setQuote(String quote) {
            this.quote = quote;
        }

        public String getSourceError() {
            return sourceError;
        }

        public String getLabelError() {
            return labelError;
        }
    }
}

package org.ariadne.claims.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.ArchivedContent;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.claims.application.ClaimDraft;
import org.ariadne.claims.application.ClaimRecord;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A writer states a claim and, optionally, the one passage of a source that it rests on. */
@Named
@ViewScoped
public class EditClaimBacking implements Serializable {

    private static final Pattern LEADING_ID = Pattern.compile("\\s*#?([0-9]{1,18}).*", Pattern.DOTALL);

    @Inject
    ClaimService claims;

    @Inject
    SourceService sources;

    private String text;
    private String source;
    private String quote;
    private String locator;
    private String label = "page";
    private String stance = "supports";
    private String passageText;

    /** Sources whose title or creator matches, as "id · title" for the autocomplete. */
    public List<String> completeSource(String query) {
        return sources.list(new SourceQuery(query, null, SourceQuery.Sort.TITLE, false, 0, 15)).items().stream()
                .map(s -> s.id() + " · " + s.title()).toList();
    }

    /** Shows the archived text of the chosen source, so the writer can select the passage instead of typing it. */
    public void loadPassageText() {
        passageText = null;
        Long id = sourceId();
        if (id == null) {
            return;
        }
        try {
            SourceRecord chosen = sources.get(id);
            if (chosen.text() != null) {
                ArchivedContent content = sources.readText(id);
                passageText = new String(content.bytes(), Charset.forName(content.charset()));
            }
        } catch (NotFoundException e) {
            passageText = null;
        }
    }

    private Long sourceId() {
        if (source == null || source.isBlank()) {
            return null;
        }
        Matcher m = LEADING_ID.matcher(source);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    public String getPassageText() {
        return passageText;
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<ClaimDraft.CitationDraft> citations = List.of();
        if (source != null && !source.isBlank()) {
            citations = List.of(new ClaimDraft.CitationDraft(sourceId(), locator, label, quote, stance));
        }
        try {
            ClaimRecord created = claims.create(new ClaimDraft(text, citations));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/claims/"
                    + created.id());
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage(componentFor(problem.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            faces.validationFailed();
        }
    }

    /** The form field a problem is about ("citations[0].quote" is the quote field), or null for the whole form. */
    static String componentFor(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        return switch (last) {
            case "text", "source", "quote", "label", "locator", "stance" -> "claim:" + last;
            default -> null;
        };
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
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

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }
}
